import type { Payload } from 'payload'

import { hashReceiptCode, isReceiptCode } from './receipt'

export type SubmissionState =
  'received' | 'in_review' | 'accepted' | 'published' | 'declined' | 'withdrawn'

export type SubmissionStatus = {
  kind: 'writing' | 'artwork'
  title: string
  state: SubmissionState
  submittedAt: string
  path: string | null
  message: string
  canWithdraw: boolean
}

type Found = { collection: 'writings' | 'artworks'; id: number | string }

async function findByCode(
  payload: Payload,
  code: string,
): Promise<(Found & { doc: Record<string, unknown> }) | null> {
  if (!isReceiptCode(code)) return null
  const where = { receiptHash: { equals: hashReceiptCode(code) } }
  for (const collection of ['writings', 'artworks'] as const) {
    const { docs } = await payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      draft: false,
      overrideAccess: true,
      select: {
        title: true,
        slug: true,
        editorialStatus: true,
        _status: true,
        createdAt: true,
        messageToContributor: true,
      },
    })
    if (docs[0])
      return { collection, id: docs[0].id, doc: docs[0] as unknown as Record<string, unknown> }
  }
  return null
}

/** The plain-words status of a found submission. */
function statusOf({ doc, collection }: Found & { doc: Record<string, unknown> }): SubmissionStatus {
  const editorial = String(doc.editorialStatus)
  const published = doc._status === 'published' && editorial === 'accepted'
  const state: SubmissionState = published
    ? 'published'
    : editorial === 'submitted'
      ? 'received'
      : (editorial as SubmissionState)
  const base = collection === 'writings' ? '/writing' : '/art'
  return {
    kind: collection === 'writings' ? 'writing' : 'artwork',
    title: String(doc.title ?? ''),
    state,
    submittedAt: String(doc.createdAt ?? ''),
    path: published && doc.slug ? `${base}/${String(doc.slug)}` : null,
    message:
      state === 'accepted' || state === 'declined' || state === 'published'
        ? String(doc.messageToContributor ?? '')
        : '',
    canWithdraw: state === 'received' || state === 'in_review' || state === 'accepted',
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

/** Withdraws a submission that is not yet published; false when the code or state doesn't allow it. */
export async function withdrawSubmission(payload: Payload, code: string): Promise<boolean> {
  const found = await findByCode(payload, code)
  if (!found || !statusOf(found).canWithdraw) return false
  await payload.update({
    collection: found.collection,
    id: found.id,
    data: { editorialStatus: 'withdrawn' },
    depth: 0,
    overrideAccess: true,
  })
  return true
}
