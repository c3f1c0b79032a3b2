import type { CollectionConfig } from 'payload'

import { publicReadEditorsWrite } from '@/access/presets'
import { slugField } from '@/fields/slug'
import { contentHooks } from '@/hooks/content'
import { searchTextField } from '@/fields/searchText'

export const Guests: CollectionConfig = {
  slug: 'guests',
  labels: {
    singular: { en: 'Guest', es: 'Invitado/a' },
    plural: { en: 'Guests', es: 'Invitados' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'role', 'updatedAt'],
    listSearchableFields: ['name', 'organisation'],
    group: { en: 'UpFront!', es: 'UpFront!' },
  },
  access: publicReadEditorsWrite,
  hooks: contentHooks,
  fields: [
    {
      name: 'name',
      label: { en: 'Name', es: 'Nombre' },
      type: 'text',
      required: true,
      index: true,
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'organisation', label: { en: 'Organisation', es: 'Organización' }, type: 'text' },
        { name: 'role', label: { en: 'Role / title', es: 'Cargo' }, type: 'text' },
      ],
    },
    { name: 'bio', type: 'textarea', localized: true },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'links',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'url', type: 'text', required: true },
      ],
    },
    {
      name: 'episodes',
      type: 'join',
      collection: 'episodes',
      on: 'guests',
      defaultSort: '-airDate',
    },
    { name: 'interviews', type: 'join', collection: 'interviews', on: 'guests' },
    searchTextField((d) => [d.name, d.organisation, d.role]),
  ],
}
