import type { CollectionConfig } from 'payload'

import { publicReadEditorsWrite } from '@/access/presets'
import { slugField } from '@/fields/slug'
import { contentHooks } from '@/hooks/content'
import { searchTextField } from '@/fields/searchText'
import { L } from '@/i18n/admin'

export const Guests: CollectionConfig = {
  slug: 'guests',
  labels: {
    singular: L('guests.singular'),
    plural: L('guests.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'role', 'updatedAt'],
    listSearchableFields: ['name', 'organisation'],
    group: L('groups.upfront'),
  },
  access: publicReadEditorsWrite,
  hooks: contentHooks,
  fields: [
    {
      name: 'name',
      label: L('fields.name'),
      type: 'text',
      required: true,
      index: true,
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'organisation', label: L('guests.organisation'), type: 'text' },
        { name: 'role', label: L('guests.role'), type: 'text' },
      ],
    },
    { name: 'bio', label: L('fields.bio'), type: 'textarea', localized: true },
    { name: 'photo', label: L('fields.photo'), type: 'upload', relationTo: 'media' },
    {
      name: 'links',
      label: L('guests.links'),
      type: 'array',
      fields: [
        { name: 'label', label: L('guests.linkLabel'), type: 'text', required: true },
        { name: 'url', label: L('guests.linkUrl'), type: 'text', required: true },
      ],
    },
    {
      name: 'episodes',
      label: L('fields.episodes'),
      type: 'join',
      collection: 'episodes',
      on: 'guests',
      defaultSort: '-airDate',
    },
    {
      name: 'interviews',
      label: L('fields.interviews'),
      type: 'join',
      collection: 'interviews',
      on: 'guests',
    },
    searchTextField((d) => [d.name, d.organisation, d.role]),
  ],
}
