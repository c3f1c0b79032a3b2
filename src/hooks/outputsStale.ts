import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { markSourceStale, markStale } from '@/lib/publishing/produce'
import { refOf } from '@/lib/publishing/model'
import type { ID } from '@/lib/relations'

type Doc = {
  id: ID
  _status?: string | null
  deletedAt?: string | null
  credit?: string | null
  consents?: {
    publishOnline?: boolean | null
    printAndExhibit?: boolean | null
    readAloud?: boolean | null
  } | null
}

/** Why a change to a piece makes the files that contain it stale, in the editor's words. */
function reasonOf(doc: Doc, previous: Doc | undefined): string {
  const withdrawn = (key: 'publishOnline' | 'printAndExhibit' | 'readAloud') =>
    previous?.consents?.[key] === true && doc.consents?.[key] !== true
  if (withdrawn('printAndExhibit')) return 'Consent to print or exhibit withdrawn'
  if (withdrawn('publishOnline')) return 'Consent to publish online withdrawn'
  if (withdrawn('readAloud')) return 'Consent to be read at events withdrawn'
  if (!previous?.deletedAt && doc.deletedAt) return 'Moved to the trash'
  if (previous?._status === 'published' && doc._status !== 'published') return 'Taken down'
  if (previous?.credit !== doc.credit) return 'Credit changed'
  return 'Edited'
}

const works = new Set(['writings', 'artworks'])
const sources = new Set(['compilations', 'exhibitions', 'events'])

/**
 * After a piece, anthology, exhibition or event changes, every generated file that contains it
 * is marked stale at once. A failure here is logged and never fails the save.
 */
async function mark(req: PayloadRequest, collection: string, doc: Doc, reason: string) {
  const { payload } = req
  try {
    // In the save's own transaction: the files are stale exactly when the change is saved.
    if (works.has(collection))
      await markStale(payload, refOf(collection as 'writings' | 'artworks', doc.id), reason, req)
    else if (sources.has(collection))
      await markSourceStale(
        payload,
        collection as 'compilations' | 'exhibitions' | 'events',
        doc.id,
        reason,
        req,
      )
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Could not mark generated files stale for ${collection} ${doc.id}`,
    })
  }
}

export const outputsStaleAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  collection,
  req,
}) => {
  if (operation === 'update')
    await mark(
      req,
      collection.slug,
      doc as Doc,
      reasonOf(doc as Doc, previousDoc as Doc | undefined),
    )
  return doc
}

export const outputsStaleAfterDelete: CollectionAfterDeleteHook = async ({
  doc,
  collection,
  req,
}) => {
  await mark(req, collection.slug, doc as Doc, 'Deleted')
  return doc
}
