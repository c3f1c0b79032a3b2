import type { Access, FieldAccess } from 'payload'

import { userIsEditor } from './roles'

export const isEditor: Access = ({ req: { user } }) => userIsEditor(user)

/** Field-level: editors and admins only (private contributor data, editor notes). */
export const editorsOnlyField: FieldAccess = ({ req: { user } }) => userIsEditor(user)
