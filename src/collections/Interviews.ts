import type { CollectionConfig, PayloadRequest } from 'payload'

import { publicReadEditorsWrite } from '@/access/presets'
import { inEditorLanguage, L } from '@/i18n/admin'
import { slugField } from '@/fields/slug'
import { guestsField } from '@/fields/guests'
import { topicsField } from '@/fields/topics'
import { contentHooks } from '@/hooks/content'
import { guestNames, searchTextField } from '@/fields/searchText'

const endAfterStart = (
  value: unknown,
  { siblingData, req }: { siblingData: Record<string, unknown>; req?: PayloadRequest },
) =>
  typeof value !== 'number' ||
  typeof siblingData?.startTime !== 'number' ||
  value > siblingData.startTime
    ? true
    : inEditorLanguage('errors.interviewEndsBeforeStart', req)

export const Interviews: CollectionConfig = {
  slug: 'interviews',
  labels: {
    singular: L('interviews.singular'),
    plural: L('interviews.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'episode', 'guests', 'startTime'],
    group: L('groups.upfront'),
  },
  access: publicReadEditorsWrite,
  hooks: contentHooks,
  fields: [
    { name: 'title', label: L('fields.title'), type: 'text', required: true },
    slugField(),
    guestsField,
    {
      name: 'episode',
      label: L('fields.episode'),
      type: 'relationship',
      relationTo: 'episodes',
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startTime',
          label: L('interviews.startTime'),
          type: 'number',
          min: 0,
        },
        {
          name: 'endTime',
          label: L('interviews.endTime'),
          type: 'number',
          min: 0,
          validate: endAfterStart,
        },
      ],
    },
    { name: 'summary', label: L('fields.summary'), type: 'textarea' },
    { name: 'transcript', label: L('fields.transcript'), type: 'textarea' },
    {
      name: 'pullQuotes',
      label: L('interviews.pullQuotes'),
      type: 'array',
      fields: [{ name: 'quote', label: L('interviews.quote'), type: 'textarea', required: true }],
    },
    topicsField,
    searchTextField(async (d, req) => [d.title, d.summary, ...(await guestNames(d, req))]),
  ],
}
