import type { SelectField } from 'payload'

import { WORK_LANGUAGES } from '@/lib/languages'

/** Languages a piece is written in (the content language, not the UI locale). */
export const languageOptions = [
  ...WORK_LANGUAGES.map(({ code, name }) => ({ label: name, value: code })),
  { label: { en: 'Other', es: 'Otro' }, value: 'other' },
]

export const languageField: SelectField = {
  name: 'language',
  label: { en: 'Language', es: 'Idioma' },
  type: 'select',
  required: true,
  defaultValue: 'en',
  index: true,
  options: languageOptions,
}
