import type { Payload } from 'payload'

import { BY_WORKER, stateOf } from '@/lib/editorial/stateMachine'
import { hashReceiptCode, isReceiptCode } from './receipt'

export type SubmissionState =
  'received' | 'in_review' | 'accepted' | 'published' | 'takenDown' | 'declined' | 'withdrawn'

export type SubmissionStatus = {
  kind: 'writing' | 'artwork'
  title: string
  state: SubmissionState
  submittedAt: string
  path: string | null
  message: string
  canWithdraw: boolean
}

type Found = {
  collection: 'writings' | 'artworks'
  id: number | string
  /** The latest version: where an editor's decision lives, even before it is published. */
  doc: Record<string, unknown>
  /** Whether the site shows it now (the document's own row). */
  live: boolean
}

const select = {
  title: true,
  slug: true,
  editorialStatus: true,
  _status: true,
  publishedAt: true,
  createdAt: true,
  messageToContributor: true,
} as const

async function findByCode(payload: Payload, code: string): Promise<Found | null> {
  if (!isReceiptCode(code)) return null
  const where = { receiptHash: { equals: hashReceiptCode(code) } }
  for (const collection of ['writings', 'artworks'] as const) {
    const { docs } = await payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      select,
    })
    if (!docs[0]) continue
    const row = await payload.findByID({
      collection,
      id: docs[0].id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      select: { _status: true, editorialStatus: true },
    })
    return {
      collection,
      id: docs[0].id,
      doc: docs[0] as unknown as Record<string, unknown>,
      live: row?._status === 'published' && row.editorialStatus === 'accepted',
    }
  }
  return null
}

/** The plain-words status of a found submission: the same state the editors see. */
function statusOf({ doc, collection, live }: Found): SubmissionStatus {
  const state: SubmissionState = live
    ? 'published'
    : (
        {
          waiting: 'received',
          inReview: 'in_review',
          acceptedNotPublic: 'accepted',
          public: 'accepted', // published in a pending version only: not on the site yet
          takenDown: 'takenDown',
          declined: 'declined',
          withdrawn: 'withdrawn',
        } as const
      )[stateOf({ ...doc, _status: 'draft' } as Parameters<typeof stateOf>[0])]
  const base = collection === 'writings' ? '/writing' : '/art'
  return {
    kind: collection === 'writings' ? 'writing' : 'artwork',
    title: String(doc.title ?? ''),
    state,
    submittedAt: String(doc.createdAt ?? ''),
    path: live && doc.slug ? `${base}/${String(doc.slug)}` : null,
    message:
      state === 'accepted' || state === 'declined' || state === 'published'
        ? String(doc.messageToContributor ?? '')
        : '',
    canWithdraw: state !== 'declined' && state !== 'withdrawn',
  }
}

/**
 * What the holder of a receipt code may know about their submission, in plain states: nothing
 * private (no contact details, no editor notes), only its title, state, the editors' message to
 * them and, once published, where it is.
 */
export async function getSubmissionStatus(
  payload: Payload,
  code: string,
): Promise<SubmissionStatus | null> {
  const found = await findByCode(payload, code)
  return found ? statusOf(found) : null
}

/**
 * The worker withdraws their piece, whatever its state but declined: a published piece comes off
 * the site at once (the state machine unpublishes it in the same save, and the files that hold
 * it are marked stale); one not yet public is saved as a draft, so an editor's pending version is
 * never published by it. False when the code or state doesn't allow it.
 */
export async function withdrawSubmission(payload: Payload, code: string): Promise<boolean> {
  const found = await findByCode(payload, code)
  if (!found || !statusOf(found).canWithdraw) return false
  await payload.update({
    collection: found.collection,
    id: found.id,
    data: found.live
      ? { editorialStatus: 'withdrawn', _status: 'draft' }
      : { editorialStatus: 'withdrawn' },
    draft: !found.live,
    depth: 0,
    overrideAccess: true,
    context: { [BY_WORKER]: true },
  })
  return true
}
