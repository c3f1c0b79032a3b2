import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { AuditAction } from '@/collections/AuditLog'
import { ref, relId } from '@/lib/relations'

type Doc = Record<string, unknown> & { id: string | number }

/** A document's name for the log: its title, name or display name (never a legal name). */
const titleOf = (doc: Doc) =>
  String(doc.title ?? doc.name ?? doc.displayName ?? doc.number ?? doc.id).slice(0, 300)

const creditOf = (doc: Doc | undefined) =>
  doc && 'credit' in doc
    ? JSON.stringify([doc.credit ?? null, doc.penName ?? null, relId(doc.contributor) ?? null])
    : null

const describeCredit = (doc: Doc) =>
  doc.credit === 'penName' ? `pen name "${doc.penName ?? ''}"` : String(doc.credit ?? '')

/** What one save did, in the log's words (a save may do several things, e.g. publish and credit). */
function actionsOf(doc: Doc, previous: Doc | undefined, operation: string) {
  const actions: { action: AuditAction; detail?: string }[] = []
  const status = doc._status as string | undefined
  if (operation === 'create') {
    actions.push({
      action: status === 'published' ? 'published' : 'created',
      detail: status === 'published' ? 'created and published' : undefined,
    })
    return actions
  }
  if (previous && !previous.deletedAt && doc.deletedAt) actions.push({ action: 'trashed' })
  if (previous?.deletedAt && !doc.deletedAt) actions.push({ action: 'restored' })
  if (status === 'published' && previous?._status !== 'published')
    actions.push({ action: 'published' })
  if (status === 'draft' && previous?._status === 'published')
    actions.push({ action: 'unpublished' })
  if (doc.editorialStatus === 'withdrawn' && previous?.editorialStatus !== 'withdrawn')
    actions.push({ action: 'withdrawn' })
  if (creditOf(previous) !== creditOf(doc)) {
    actions.push({
      action: 'creditChanged',
      detail: `${describeCredit(previous!)} → ${describeCredit(doc)}${
        relId(previous!.contributor) !== relId(doc.contributor) ? ' (another contributor)' : ''
      }`,
    })
  }
  return actions
}

async function record(
  req: PayloadRequest,
  collection: string,
  doc: Doc,
  entries: { action: AuditAction; detail?: string }[],
) {
  for (const { action, detail } of entries) {
    try {
      await req.payload.create({
        collection: 'audit-log',
        data: {
          action,
          collection,
          documentId: String(doc.id),
          title: titleOf(doc),
          user: req.user?.collection === 'users' ? ref(req.user.id) : null,
          userEmail: req.user?.email ?? 'script',
          detail: detail ?? null,
        },
        req,
        overrideAccess: true,
        depth: 0,
      })
    } catch (error) {
      // The change itself stands; a missing log line is reported, not turned into a failed save.
      req.payload.logger.error({ err: error, msg: `audit log: could not record ${action}` })
    }
  }
}

/**
 * afterChange: records creation, publishing, unpublishing, credit changes, trashing and
 * restoring. Autosaved drafts and ordinary edits are not logged (the version history has them),
 * nor is a bulk generator's work (`context.disableAudit`: the benchmark's archive-scale seed).
 */
export const auditAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  collection,
  context,
  req,
}) => {
  if (context.disableAudit) return doc
  const actions = actionsOf(doc as Doc, previousDoc as Doc | undefined, operation)
  if (actions.length) await record(req, collection.slug, doc as Doc, actions)
  return doc
}

/** afterDelete: a document deleted for good (from the trash, or where there is no trash). */
export const auditAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  await record(req, collection.slug, doc as Doc, [{ action: 'deleted' }])
  return doc
}
