import type { SelectField } from 'payload'

import { L } from '@/i18n/admin'
import { WORK_LANGUAGES } from '@/lib/languages'

/** Languages a piece is written in (the content language, not the UI locale), each in itself. */
export const languageOptions = [
  ...WORK_LANGUAGES.map(({ code, name }) => ({ label: name, value: code })),
  { label: L('fields.languageOther'), value: 'other' },
]

export const languageField: SelectField = {
  name: 'language',
  label: L('fields.language'),
  type: 'select',
  required: true,
  defaultValue: 'en',
  index: true,
  options: languageOptions,
}
