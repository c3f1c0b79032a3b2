import type { CollectionConfig } from 'payload'

import { publishedReadEditorsWrite } from '@/access/presets'
import { publishedAtField } from '@/fields/publishedAt'
import { publishingField } from '@/fields/publishing'
import { slugField } from '@/fields/slug'
import { contentHooks } from '@/hooks/content'
import { workVersions } from './workVersions'
import { searchTextField } from '@/fields/searchText'
import { lexicalToPlainText } from '@/lib/searchText'

export const Compilations: CollectionConfig = {
  slug: 'compilations',
  labels: {
    singular: { en: 'Anthology', es: 'Antología' },
    plural: { en: 'Anthologies', es: 'Antologías' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'editors', '_status', 'updatedAt'],
    group: { en: 'Programs', es: 'Programas' },
  },
  access: publishedReadEditorsWrite,
  versions: workVersions,
  hooks: contentHooks,
  trash: true,
  fields: [
    { name: 'title', label: { en: 'Title', es: 'Título' }, type: 'text', required: true },
    { name: 'year', label: { en: 'Year', es: 'Año' }, type: 'number', required: true, index: true },
    { name: 'editors', label: { en: 'Edited by', es: 'Edición a cargo de' }, type: 'text' },
    { name: 'introduction', label: { en: 'Introduction', es: 'Introducción' }, type: 'richText' },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    {
      name: 'entries',
      label: { en: 'Contents', es: 'Contenido' },
      type: 'array',
      admin: {
        description: 'In reading order. A section heading starts a new section before its entry.',
      },
      fields: [
        {
          name: 'sectionHeading',
          label: { en: 'Section heading', es: 'Título de sección' },
          type: 'text',
        },
        {
          name: 'work',
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
