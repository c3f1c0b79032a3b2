import type { SelectField } from 'payload'

import { editorsOnlyField } from '@/access/isEditor'

export const editorialStatuses = [
  { label: { en: 'Submitted', es: 'Recibida' }, value: 'submitted' },
  { label: { en: 'In review', es: 'En revisión' }, value: 'in_review' },
  { label: { en: 'Accepted', es: 'Aceptada' }, value: 'accepted' },
  { label: { en: 'Declined', es: 'No seleccionada' }, value: 'declined' },
  { label: { en: 'Withdrawn', es: 'Retirada' }, value: 'withdrawn' },
]

export const editorialStatusField: SelectField = {
  name: 'editorialStatus',
  label: { en: 'Editorial status', es: 'Estado editorial' },
  type: 'select',
  required: true,
  defaultValue: 'submitted',
  index: true,
  options: editorialStatuses,
  access: { create: editorsOnlyField, update: editorsOnlyField },
  admin: { position: 'sidebar' },
}
