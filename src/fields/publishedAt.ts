import type { DateField } from 'payload'
import { L } from '@/i18n/admin'

/**
 * When a document was first published. Stamped the first time it is saved as published, unless
 * an editor set a date; kept afterwards.
 */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  label: L('fields.publishedAt'),
  type: 'date',
  index: true,
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  hooks: {
    beforeChange: [
      ({ value, data, originalDoc }) =>
        value ||
        originalDoc?.publishedAt ||
        (data?._status === 'published' ? new Date().toISOString() : value),
    ],
  },
}
