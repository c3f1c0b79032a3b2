import type { CollectionConfig } from 'payload'

import { publishedReadEditorsWrite } from '@/access/presets'
import { publishedAtField } from '@/fields/publishedAt'
import { publishingField } from '@/fields/publishing'
import { slugField } from '@/fields/slug'
import { contentHooks } from '@/hooks/content'
import { workVersions } from './workVersions'
import { searchTextField } from '@/fields/searchText'
import { lexicalToPlainText } from '@/lib/searchText'

export const Exhibitions: CollectionConfig = {
  slug: 'exhibitions',
  labels: {
    singular: { en: 'Exhibition', es: 'Exposición' },
    plural: { en: 'Exhibitions', es: 'Exposiciones' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'opens', 'closes', 'venue', '_status'],
    group: { en: 'Programs', es: 'Programas' },
  },
  access: publishedReadEditorsWrite,
  versions: workVersions,
  hooks: contentHooks,
  trash: true,
  fields: [
    { name: 'title', label: { en: 'Title', es: 'Título' }, type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'opens', type: 'date', required: true, index: true },
        { name: 'closes', type: 'date' },
      ],
    },
    { name: 'venue', type: 'text' },
    {
      name: 'statement',
      label: { en: 'Curatorial statement', es: 'Texto curatorial' },
      type: 'richText',
    },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    {
      name: 'artworks',
      label: { en: 'Works, in hanging order', es: 'Obras, en orden de montaje' },
      type: 'array',
      fields: [
        { name: 'artwork', type: 'relationship', relationTo: 'artworks', required: true },
        { name: 'wallText', label: { en: 'Wall text', es: 'Cédula' }, type: 'textarea' },
      ],
    },
    slugField(),
    publishingField,
    publishedAtField,
    searchTextField((d) => [d.title, d.venue, lexicalToPlainText(d.statement)]),
  ],
}
