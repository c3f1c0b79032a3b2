import type { SelectField } from 'payload'

/** The forms a piece of writing takes. Free of server code, so the submission form can use it. */
export const writingForms = [
  { label: { en: 'Poem', es: 'Poema' }, value: 'poem' },
  { label: { en: 'Story', es: 'Cuento' }, value: 'story' },
  { label: { en: 'Essay', es: 'Ensayo' }, value: 'essay' },
  { label: { en: 'Testimony', es: 'Testimonio' }, value: 'testimony' },
  { label: { en: 'Oral history', es: 'Historia oral' }, value: 'oral_history' },
  { label: { en: 'Other', es: 'Otro' }, value: 'other' },
] as const

export const writingFormField: SelectField = {
  name: 'form',
  label: { en: 'Form', es: 'Género' },
  type: 'select',
  required: true,
  defaultValue: 'poem',
  index: true,
  options: writingForms.map((f) => ({ ...f })),
}
