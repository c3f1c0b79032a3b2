import type { CheckboxField } from 'payload'

import { editorsOnlyField } from '@/access/isEditor'

/** Editors pick what the home page features. */
export const featuredField: CheckboxField = {
  name: 'featured',
  label: { en: 'Feature on the home page', es: 'Destacar en la portada' },
  type: 'checkbox',
  defaultValue: false,
  index: true,
  access: { create: editorsOnlyField, update: editorsOnlyField },
  admin: { position: 'sidebar' },
}
