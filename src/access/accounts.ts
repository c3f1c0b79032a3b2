import type { Access } from 'payload'

import { userIsAdmin, userIsEditor } from './roles'

/** Users: editors and admins read every account; everybody else only their own. */
export const readSelfOrEditor: Access = ({ req: { user } }) => {
  if (!user) return false
  if (userIsEditor(user)) return true
  return { id: { equals: user.id } }
}

/** Users: admins change any account; everybody else only their own. */
export const updateSelfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (userIsAdmin(user)) return true
  return { id: { equals: user.id } }
}
