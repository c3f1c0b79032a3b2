import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Endpoint,
  type Payload,
} from 'payload'

import { userIsEditor } from '@/access/roles'
import {
  editorLanguage,
  inEditorLanguage,
  type AdminLabelKey,
  type AdminLanguage,
} from '@/i18n/admin'
import type { Artwork, User, Writing } from '@/payload-types'
import type { ID } from '@/lib/relations'

export const TAKEDOWN_ACTIONS = ['unpublish', 'anonymize'] as const
export type TakedownAction = (typeof TAKEDOWN_ACTIONS)[number]
type WorkCollection = 'writings' | 'artworks'
type Work = Writing | Artwork

/** Longest reason kept (the audit log's detail field, read by editors only). */
export const REASON_MAX = 1000

export class TakedownError extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, undefined, true)
  }
}

/** What a save may be given back of a document it read: its stored fields, nothing computed. */
function storedFields(doc: Work): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = doc as Work & { state?: unknown }
  delete (rest as { state?: unknown }).state
  return rest
}

/**
 * Take a public piece down in one step, with the reason recorded: unpublish it, or keep it up with
 * its credit switched to anonymous (the byline is emptied on save). Either way the public pages
 * that show it are refreshed by the collection's hooks, so the next request no longer shows it or
 * the name; the reason goes to the audit log (editors only), never to a public surface.
 *
 * A piece can have an editor's pending draft (changes saved but not published). Payload's update
 * starts from the latest version, so a plain "credit: anonymous" save would publish that draft —
 * or unpublish the piece — by accident. Instead the published copy is saved again as it is, but
 * anonymous, and the pending draft is saved again after it, anonymous too, as a draft: the public
 * sees what it saw minus the name, and the editor keeps their unpublished changes. All of it in
 * one transaction: a failure leaves the piece as it was.
 */
export async function takedown(
  payload: Payload,
  collection: WorkCollection,
  id: ID,
  action: TakedownAction,
  user: User,
  reason: string,
  language: AdminLanguage = 'en',
) {
  const say = (key: AdminLabelKey, args?: Record<string, number>) =>
    inEditorLanguage(key, language, args)
  if (!userIsEditor(user)) throw new TakedownError(say('errors.takedownEditorsOnly'), 403)
  const why = reason.trim()
  if (!why) throw new TakedownError(say('errors.takedownReason'))
  if (why.length > REASON_MAX)
    throw new TakedownError(say('errors.takedownReasonLong', { max: REASON_MAX }))

  const req = await createLocalReq({ user }, payload)
  const shouldCommit = await initTransaction(req)
  const read = (draft: boolean) =>
    payload.findByID({
      collection,
      id,
      draft,
      depth: 0,
      overrideAccess: true,
      req,
    }) as Promise<Work>
  const save = (data: Record<string, unknown>, draft = false) =>
    payload.update({ collection, id, data, draft, depth: 0, overrideAccess: true, user, req })
  try {
    const live = await read(false)
    if (live._status !== 'published') throw new TakedownError(say('errors.takedownNotPublic'))
    const latest = await read(true)
    const pending = latest._status !== 'published' || latest.updatedAt !== live.updatedAt

    if (action === 'unpublish') {
      // Unpublishing keeps the latest content (a pending draft stays the working copy), as a draft.
      await save({ _status: 'draft' })
    } else if (!pending) {
      await save({ credit: 'anonymous', _status: 'published' })
    } else {
      await save({ ...storedFields(live), credit: 'anonymous', _status: 'published' })
      await save({ ...storedFields(latest), credit: 'anonymous', _status: 'draft' }, true)
    }

    await payload.create({
      collection: 'audit-log',
      data: {
        action: 'takenDown',
        collection,
        documentId: String(id),
        title: String(live.title ?? id).slice(0, 300),
        user: user.id,
        userEmail: user.email,
        detail: `${action === 'unpublish' ? 'unpublished' : 'made anonymous'}: ${why}`,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
  return read(false)
}

/**
 * POST /api/{writings|artworks}/:id/takedown with {"action": "unpublish" | "anonymize",
 * "reason": "…"} — the admin's Takedown panel.
 */
export const takedownEndpoint = (collection: WorkCollection): Endpoint => ({
  path: '/:id/takedown',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !userIsEditor(req.user))
      return Response.json(
        { error: inEditorLanguage('errors.takedownEditorsOnly', req) },
        { status: 403 },
      )
    const body = (await req.json?.().catch(() => ({}))) as { action?: string; reason?: unknown }
    const action = body?.action as TakedownAction
    if (!TAKEDOWN_ACTIONS.includes(action))
      return Response.json({ error: 'action must be "unpublish" or "anonymize".' }, { status: 400 })
    try {
      const doc = await takedown(
        req.payload,
        collection,
        req.routeParams?.id as string,
        action,
        req.user as User,
        typeof body.reason === 'string' ? body.reason : '',
        editorLanguage(req),
      )
      return Response.json({ id: doc.id, _status: doc._status, credit: doc.credit })
    } catch (err) {
      if (err instanceof TakedownError)
        return Response.json({ error: err.message }, { status: err.status })
      throw err
    }
  },
})
