import type { SelectField } from 'payload'

import { L, siteOptions } from '@/i18n/admin'
import { WRITING_FORMS } from '@/lib/vocabularies'

export const writingFormField: SelectField = {
  name: 'form',
  label: L('fields.form'),
  type: 'select',
  required: true,
  defaultValue: 'poem',
  index: true,
  // In the words the site uses for them (the site's catalogue), so the two never drift apart.
  options: siteOptions('forms', WRITING_FORMS),
}
