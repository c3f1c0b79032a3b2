import type { SelectField } from 'payload'

import { editorsOnlyField } from '@/access/isEditor'
import { adminOptions, L } from '@/i18n/admin'
import {
  EDITOR_MOVES,
  EDITORIAL_STATUSES,
  stateOf,
  WORK_STATES,
  type Editorial,
} from '@/lib/editorial/stateMachine'

export const editorialStatusField: SelectField = {
  name: 'editorialStatus',
  label: L('fields.editorialStatus'),
  type: 'select',
  required: true,
  defaultValue: 'submitted',
  index: true,
  options: adminOptions('editorialStatus', EDITORIAL_STATUSES),
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

export const workStateField: SelectField = {
  name: 'state',
  label: L('fields.state'),
  type: 'select',
  virtual: true,
  options: adminOptions('workState', WORK_STATES),
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    afterRead: [({ siblingData }) => stateOf(siblingData ?? {})],
    beforeChange: [() => undefined],
  },
}
