import type { Access, FieldAccess } from 'payload'

import { ownContributorId, userIsEditor } from './roles'

/** Contributor records: the public sees only those who consented to a public profile. */
export const readContributors: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const own = ownContributorId(user)
  const consented = { publicProfile: { equals: true } }
  if (own === undefined) return consented
  return { or: [consented, { id: { equals: own } }] }
}

export const updateOwnContributorOrEditor: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const own = ownContributorId(user)
  return own === undefined ? false : { id: { equals: own } }
}

/** Private contributor data (legal name, contact, workplace): editors, and the person themselves. */
export const privateContributorField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (userIsEditor(user)) return true
  const own = ownContributorId(user)
  const target = doc?.id ?? id
  return own !== undefined && target !== undefined && String(own) === String(target)
}
