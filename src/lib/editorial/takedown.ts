import type { Endpoint, Payload } from 'payload'

import { userIsEditor } from '@/access/roles'
import type { User } from '@/payload-types'

export type TakedownAction = 'unpublish' | 'anonymize'
type WorkCollection = 'writings' | 'artworks'

/**
 * Take a piece down in one step: unpublish it, or keep it up with its credit switched to
 * anonymous (the byline is emptied on save). Either way the public pages that show it are
 * refreshed by the collection's hooks, so the next request no longer shows it / the name.
 */
export async function takedown(
  payload: Payload,
  collection: WorkCollection,
  id: number | string,
  action: TakedownAction,
  user: User,
) {
  if (!userIsEditor(user)) throw new Error('Only editors can take a piece down.')
  const data =
    action === 'unpublish' ? { _status: 'draft' as const } : { credit: 'anonymous' as const }
  return payload.update({ collection, id, data, depth: 0, overrideAccess: false, user })
}

/** POST /api/{writings|artworks}/:id/takedown with {"action": "unpublish" | "anonymize"}. */
export const takedownEndpoint = (collection: WorkCollection): Endpoint => ({
  path: '/:id/takedown',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !userIsEditor(req.user))
      return Response.json({ error: 'Only editors can take a piece down.' }, { status: 403 })
    const body = (await req.json?.().catch(() => ({}))) as { action?: string }
    const action = body?.action
    if (action !== 'unpublish' && action !== 'anonymize')
      return Response.json({ error: 'action must be "unpublish" or "anonymize".' }, { status: 400 })
    const id = req.routeParams?.id as string
    const doc = await takedown(req.payload, collection, id, action, req.user as User)
    return Response.json({ id: doc.id, _status: doc._status, credit: doc.credit })
  },
})
