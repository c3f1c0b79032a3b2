import type { RelationshipField } from 'payload'

import { L } from '@/i18n/admin'

/** The UpFront! guests an episode or an interview is with. */
export const guestsField: RelationshipField = {
  name: 'guests',
  label: L('fields.guests'),
  type: 'relationship',
  relationTo: 'guests',
  hasMany: true,
  index: true,
}
