import type { SelectField } from 'payload'

/** Languages a piece is written in (the content language, not the UI locale). */
export const languageOptions = [
  { label: 'English', value: 'en' },
  { label: 'Español', value: 'es' },
  { label: 'Português', value: 'pt' },
  { label: 'Kreyòl ayisyen', value: 'ht' },
  { label: '中文', value: 'zh' },
  { label: 'Tiếng Việt', value: 'vi' },
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
