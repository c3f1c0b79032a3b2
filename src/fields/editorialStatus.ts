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
  waiting: {
    en: 'Waiting for review',
    es: 'Esperando revisión',
    pt: 'Aguardando revisão',
    zh: '等待审阅',
    vi: 'Đang chờ duyệt',
    fr: 'En attente de relecture',
  },
  inReview: {
    en: 'In review',
    es: 'En revisión',
    pt: 'Em revisão',
    zh: '审阅中',
    vi: 'Đang duyệt',
    fr: 'En relecture',
  },
  acceptedNotPublic: {
    en: 'Accepted — not yet public',
    es: 'Aceptada — aún no pública',
    pt: 'Aceita — ainda não pública',
    zh: '已录用，尚未公开',
    vi: 'Đã chọn — chưa công khai',
    fr: 'Acceptée — pas encore publique',
  },
  public: {
    en: 'Public',
    es: 'Pública',
    pt: 'Pública',
    zh: '已公开',
    vi: 'Công khai',
    fr: 'Publique',
  },
  takenDown: {
    en: 'Taken down',
    es: 'Retirada del sitio',
    pt: 'Retirada do site',
    zh: '已撤下',
    vi: 'Đã gỡ xuống',
    fr: 'Retirée du site',
  },
  declined: {
    en: 'Declined',
    es: 'No seleccionada',
    pt: 'Não selecionada',
    zh: '未录用',
    vi: 'Không được chọn',
    fr: 'Non retenue',
  },
  withdrawn: {
    en: 'Withdrawn by the writer',
    es: 'Retirada por quien la escribió',
    pt: 'Retirada por quem escreveu',
    zh: '作者已撤回',
    vi: 'Người viết đã rút lại',
    fr: "Retirée par l'auteur",
  },
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
