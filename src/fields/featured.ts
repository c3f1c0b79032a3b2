import type { CheckboxField } from 'payload'

import { editorsOnlyField } from '@/access/isEditor'
import { L } from '@/i18n/admin'

/** Editors pick what the home page features. */
export const featuredField: CheckboxField = {
  name: 'featured',
  label: L('fields.featured'),
  type: 'checkbox',
  defaultValue: false,
  index: true,
  access: { create: editorsOnlyField, update: editorsOnlyField },
  admin: { position: 'sidebar' },
}
