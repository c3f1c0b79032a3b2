import type { DateField } from 'payload'

export const publishedAtField: DateField = {
  name: 'publishedAt',
  label: { en: 'Published on', es: 'Publicado el' },
  type: 'date',
  index: true,
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
}
