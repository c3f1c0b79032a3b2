import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { userIsEditor } from '@/access/roles'
import { inEditorLanguage } from '@/i18n/admin'
import type { Contributor } from '@/payload-types'
import { ref, relId, type ID } from '@/lib/relations'

const WORKS = ['writings', 'artworks'] as const
const PRIVATE_DETAILS = ['legalName', 'email', 'phone', 'workplace', 'union'] as const

/**
 * An editor confirms that a record a submission made is the same person as its suggested match:
 * the pieces move to that record, its empty private details are filled from the new one, and the
 * new record is removed — in one transaction. Only an editor may do this; a form never can.
 */
export async function mergeIntoSuggested(req: PayloadRequest, id: ID): Promise<ID> {
  if (!userIsEditor(req.user))
    throw new APIError(inEditorLanguage('errors.mergeEditorsOnly', req), 403)
  const { payload } = req
  const shouldCommit = await initTransaction(req)
  try {
    const source = (await payload.findByID({
      collection: 'contributors',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as Contributor
    const targetId = relId(source.suggestedMatch)
    if (targetId === undefined)
      throw new APIError(inEditorLanguage('errors.mergeNoMatch', req), 400, undefined, true)
    const target = (await payload.findByID({
      collection: 'contributors',
      id: targetId,
      depth: 0,
      overrideAccess: true,
      req,
    })) as Contributor
    for (const collection of WORKS) {
      const { docs } = await payload.find({
        collection,
        where: { contributor: { equals: id } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        draft: true,
        trash: true,
        select: { _status: true },
        req,
      })
      for (const piece of docs) {
        // Payload's update starts from the latest version: on a published piece with unpublished
        // edits, that would publish the edits. Refused instead, with what to do.
        const pending = await payload.findVersions({
          collection,
          where: {
            and: [
              { parent: { equals: piece.id } },
              { latest: { equals: true } },
              { 'version._status': { equals: 'draft' } },
            ],
          },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        if (piece._status === 'published' && pending.totalDocs > 0)
          throw new APIError(
            inEditorLanguage('errors.mergePendingEdits', req),
            409,
            undefined,
            true,
          )
        // Saved the way the piece stands (a draft stays a draft), so nothing is published here.
        await payload.update({
          collection,
          id: piece.id,
          data: { contributor: ref(targetId) },
          draft: piece._status !== 'published',
          depth: 0,
          overrideAccess: true,
          trash: true,
          req,
        })
      }
    }
    const fill: Partial<Contributor> = {}
    for (const key of PRIVATE_DETAILS) if (!target[key] && source[key]) fill[key] = source[key]
    if (Object.keys(fill).length)
      await payload.update({
        collection: 'contributors',
        id: targetId,
        data: fill,
        depth: 0,
        overrideAccess: true,
        req,
      })
    await payload.delete({ collection: 'contributors', id, overrideAccess: true, req })
    if (shouldCommit) await commitTransaction(req)
    return targetId
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
}

/** POST /api/contributors/:id/merge — the admin's "Same person: merge" button. */
export const mergeEndpoint: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    if (!userIsEditor(req.user))
      return Response.json(
        { error: inEditorLanguage('errors.mergeEditorsOnly', req) },
        { status: 403 },
      )
    try {
      const into = await mergeIntoSuggested(req, req.routeParams?.id as string)
      return Response.json({ mergedInto: into })
    } catch (err) {
      const status = err instanceof APIError ? err.status : 500
      const message =
        err instanceof APIError ? err.message : inEditorLanguage('errors.mergeFailed', req)
      return Response.json({ error: message }, { status })
    }
  },
}
