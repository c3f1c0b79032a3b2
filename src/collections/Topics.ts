import type { CollectionConfig } from 'payload'

import { publicReadEditorsWrite } from '@/access/presets'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/hooks/revalidate'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { en: 'Topic', es: 'Tema' }, plural: { en: 'Topics', es: 'Temas' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: { en: 'Archive', es: 'Archivo' },
  },
  access: publicReadEditorsWrite,
  hooks: revalidateHooks,
  fields: [{ name: 'name', type: 'text', required: true, localized: true }, slugField('name')],
}
