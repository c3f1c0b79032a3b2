import type { SelectField } from 'payload'

import { editorsOnlyField } from '@/access/isEditor'
import { EDITOR_MOVES, stateOf, WORK_STATES, type Editorial } from '@/lib/editorial/stateMachine'

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
  // Only the moves the state machine allows from where the piece is (src/lib/editorial).
  filterOptions: ({ data, options }) => {
    const current = (data?.editorialStatus ?? 'submitted') as Editorial
    const allowed = [current, ...(EDITOR_MOVES[current] ?? [])]
    return options.filter((o) =>
      allowed.includes((typeof o === 'string' ? o : o.value) as Editorial),
    )
  },
  access: { create: editorsOnlyField, update: editorsOnlyField },
  admin: { position: 'sidebar' },
}

/** The one state a person sees, in the editor's language (not stored: read from the two statuses). */
export const workStateLabels = {
  waiting: { en: 'Waiting for review', es: 'Esperando revisión' },
  inReview: { en: 'In review', es: 'En revisión' },
  acceptedNotPublic: { en: 'Accepted — not yet public', es: 'Aceptada — aún no pública' },
  public: { en: 'Public', es: 'Pública' },
  takenDown: { en: 'Taken down', es: 'Retirada del sitio' },
  declined: { en: 'Declined', es: 'No seleccionada' },
  withdrawn: { en: 'Withdrawn by the writer', es: 'Retirada por quien la escribió' },
} as const

export const workStateField: SelectField = {
  name: 'state',
  label: { en: 'State', es: 'Estado' },
  type: 'select',
  virtual: true,
  options: WORK_STATES.map((value) => ({ value, label: workStateLabels[value] })),
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    afterRead: [({ siblingData }) => stateOf(siblingData ?? {})],
    beforeChange: [() => undefined],
  },
}
