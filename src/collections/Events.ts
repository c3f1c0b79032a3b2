import type { CollectionConfig, PayloadRequest } from 'payload'

import { editorsOnlyField } from '@/access/isEditor'
import { inEditorLanguage, L, siteOptions } from '@/i18n/admin'
import { EVENT_KINDS } from '@/lib/vocabularies'
import { publicReadEditorsWrite } from '@/access/presets'
import { publishingField } from '@/fields/publishing'
import { slugField } from '@/fields/slug'
import { contentHooks } from '@/hooks/content'
import { searchTextField } from '@/fields/searchText'
import { lexicalToPlainText } from '@/lib/searchText'

const endAfterStart = (
  value: unknown,
  { siblingData, req }: { siblingData: Record<string, unknown>; req?: PayloadRequest },
) =>
  !value || !siblingData?.start || new Date(String(value)) >= new Date(String(siblingData.start))
    ? true
    : inEditorLanguage('errors.eventEndsBeforeStart', req)

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: L('events.singular'), plural: L('events.plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', 'venue', 'attendance'],
    group: L('groups.programs'),
  },
  defaultSort: '-start',
  access: publicReadEditorsWrite,
  hooks: contentHooks,
  trash: true,
  fields: [
    { name: 'title', label: L('fields.title'), type: 'text', required: true },
    {
      name: 'kind',
      label: L('fields.kind'),
      type: 'select',
      required: true,
      defaultValue: 'reading',
      options: siteOptions('events.kinds', EVENT_KINDS),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          label: L('events.start'),
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'end',
          label: L('events.end'),
          type: 'date',
          validate: endAfterStart,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'venue', label: L('fields.venue'), type: 'text', required: true },
        { name: 'address', label: L('events.address'), type: 'text' },
      ],
    },
    { name: 'description', label: L('events.description'), type: 'richText' },
    {
      name: 'featuredContributors',
      label: L('events.featuredContributors'),
      type: 'relationship',
      relationTo: 'contributors',
      hasMany: true,
      // Not public: the event page names those with a public profile (src/lib/data/events.ts).
      access: { read: editorsOnlyField },
    },
    {
      name: 'works',
      label: L('events.works'),
      type: 'relationship',
      relationTo: ['writings', 'artworks'],
      hasMany: true,
    },
    {
      name: 'exhibition',
      label: L('events.exhibition'),
      type: 'relationship',
      relationTo: 'exhibitions',
    },
    { name: 'attendance', label: L('events.attendance'), type: 'number', min: 0 },
    {
      name: 'accessibilityNotes',
      label: L('events.accessibilityNotes'),
      type: 'textarea',
    },
    {
      name: 'registrationUrl',
      label: L('events.registrationUrl'),
      type: 'text',
    },
    slugField(),
    publishingField,
    searchTextField((d) => [d.title, d.venue, lexicalToPlainText(d.description)]),
  ],
}
