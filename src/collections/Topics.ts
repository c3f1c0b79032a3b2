import type { CollectionConfig } from 'payload'

import { publicReadEditorsWrite } from '@/access/presets'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/hooks/revalidate'
import { L } from '@/i18n/admin'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: L('topics.singular'), plural: L('topics.plural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: L('groups.archive'),
  },
  access: publicReadEditorsWrite,
  hooks: revalidateHooks,
  fields: [
    { name: 'name', label: L('fields.name'), type: 'text', required: true, localized: true },
    slugField('name'),
  ],
}
