import type { CollectionConfig } from 'payload'

import { publishedReadEditorsWrite } from '@/access/presets'
import { publishedAtField } from '@/fields/publishedAt'
import { publishingField } from '@/fields/publishing'
import { slugField } from '@/fields/slug'
import { contentHooks } from '@/hooks/content'
import { draftsWithHistory } from './versions'
import { searchTextField } from '@/fields/searchText'
import { L } from '@/i18n/admin'
import { lexicalToPlainText } from '@/lib/searchText'

export const Exhibitions: CollectionConfig = {
  slug: 'exhibitions',
  labels: {
    singular: L('exhibitions.singular'),
    plural: L('exhibitions.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'opens', 'closes', 'venue', '_status'],
    group: L('groups.programs'),
  },
  access: publishedReadEditorsWrite,
  versions: draftsWithHistory,
  hooks: contentHooks,
  trash: true,
  fields: [
    { name: 'title', label: L('fields.title'), type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'opens', label: L('exhibitions.opens'), type: 'date', required: true, index: true },
        { name: 'closes', label: L('exhibitions.closes'), type: 'date' },
      ],
    },
    { name: 'venue', label: L('fields.venue'), type: 'text' },
    {
      name: 'statement',
      label: L('exhibitions.statement'),
      type: 'richText',
    },
    { name: 'cover', label: L('fields.cover'), type: 'upload', relationTo: 'media' },
    {
      name: 'artworks',
      label: L('exhibitions.artworks'),
      type: 'array',
      fields: [
        {
          name: 'artwork',
          label: L('exhibitions.artwork'),
          type: 'relationship',
          relationTo: 'artworks',
          required: true,
        },
        { name: 'wallText', label: L('exhibitions.wallText'), type: 'textarea' },
      ],
    },
    slugField(),
    publishingField,
    publishedAtField,
    searchTextField((d) => [d.title, d.venue, lexicalToPlainText(d.statement)]),
  ],
}
