import type { RelationshipField } from 'payload'

export const topicsField: RelationshipField = {
  name: 'topics',
  label: { en: 'Topics', es: 'Temas' },
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  index: true,
}
