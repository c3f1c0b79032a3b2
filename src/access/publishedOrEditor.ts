import type { Access } from 'payload'

import { userIsEditor } from './roles'

/** Draft-enabled collections: the public reads only what is published. */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  return { _status: { equals: 'published' } }
}
