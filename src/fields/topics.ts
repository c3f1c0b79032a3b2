import type { RelationshipField } from 'payload'

import { L } from '@/i18n/admin'

export const topicsField: RelationshipField = {
  name: 'topics',
  label: L('fields.topics'),
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  index: true,
}
