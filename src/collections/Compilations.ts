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

/**
 * The program's anthologies. Everything a person reads calls them anthologies; the slug is still
 * `compilations`, the first version's word, because it names stored data (tables, versions,
 * backups), the REST route and the public path (/compilations/<slug>), which stay as they are.
 */
export const Compilations: CollectionConfig = {
  slug: 'compilations',
  labels: {
    singular: L('compilations.singular'),
    plural: L('compilations.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'editors', '_status', 'updatedAt'],
    group: L('groups.programs'),
  },
  access: publishedReadEditorsWrite,
  versions: draftsWithHistory,
  hooks: contentHooks,
  trash: true,
  fields: [
    { name: 'title', label: L('fields.title'), type: 'text', required: true },
    { name: 'year', label: L('fields.year'), type: 'number', required: true, index: true },
    { name: 'editors', label: L('compilations.editors'), type: 'text' },
    { name: 'introduction', label: L('compilations.introduction'), type: 'richText' },
    { name: 'cover', label: L('fields.cover'), type: 'upload', relationTo: 'media' },
    {
      name: 'entries',
      label: L('compilations.entries'),
      type: 'array',
      admin: {
        description: L('compilations.entriesHint'),
      },
      fields: [
        {
          name: 'sectionHeading',
          label: L('compilations.sectionHeading'),
          type: 'text',
        },
        {
          name: 'work',
          label: L('compilations.work'),
          type: 'relationship',
          relationTo: ['writings', 'artworks'],
          required: true,
        },
      ],
    },
    slugField(),
    publishingField,
    publishedAtField,
    searchTextField((d) => [d.title, d.editors, lexicalToPlainText(d.introduction)]),
  ],
}
