import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { ownContributorId, userIsEditor } from '@/access/roles'

/**
 * For a signed-in contributor, whatever the request says: the piece is credited to their own
 * contributor record, stays a draft (only editors publish) and keeps its editorial status.
 */
export const forceOwnContributor: CollectionBeforeChangeHook = ({
  data,
  req,
  originalDoc,
  operation,
}) => {
  const { user } = req
  if (!user || userIsEditor(user)) return data
  const own = ownContributorId(user)
  if (own === undefined) throw new Forbidden(req.t)
  data.contributor = own
  data._status = 'draft'
  data.editorialStatus = operation === 'create' ? 'submitted' : originalDoc?.editorialStatus
  return data
}
