import type { CollectionConfig } from 'payload'

import { publicReadEditorsWrite } from '@/access/presets'
import { slugField } from '@/fields/slug'
import { topicsField } from '@/fields/topics'
import { contentHooks } from '@/hooks/content'
import { guestNames, searchTextField } from '@/fields/searchText'

const endAfterStart = (
  value: unknown,
  { siblingData }: { siblingData: Record<string, unknown> },
) =>
  typeof value !== 'number' ||
  typeof siblingData?.startTime !== 'number' ||
  value > siblingData.startTime
    ? true
    : 'The end time must come after the start time.'

export const Interviews: CollectionConfig = {
  slug: 'interviews',
  labels: {
    singular: { en: 'Interview', es: 'Entrevista' },
    plural: { en: 'Interviews', es: 'Entrevistas' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'episode', 'guests', 'startTime'],
    group: { en: 'UpFront!', es: 'UpFront!' },
  },
  access: publicReadEditorsWrite,
  hooks: contentHooks,
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField(),
    { name: 'guests', type: 'relationship', relationTo: 'guests', hasMany: true, index: true },
    { name: 'episode', type: 'relationship', relationTo: 'episodes', index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'startTime',
          label: { en: 'Starts at (seconds)', es: 'Empieza (segundos)' },
          type: 'number',
          min: 0,
        },
        {
          name: 'endTime',
          label: { en: 'Ends at (seconds)', es: 'Termina (segundos)' },
          type: 'number',
          min: 0,
          validate: endAfterStart,
        },
      ],
    },
    { name: 'summary', type: 'textarea' },
    { name: 'transcript', type: 'textarea' },
    {
      name: 'pullQuotes',
      type: 'array',
      fields: [{ name: 'quote', type: 'textarea', required: true }],
    },
    topicsField,
    searchTextField(async (d, req) => [d.title, d.summary, ...(await guestNames(d, req))]),
  ],
}
