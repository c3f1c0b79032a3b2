import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import { expireTags } from '@/lib/cache/expire'
import { collectionTag, documentTag } from '@/lib/cache/tags'

type Keyed = { id: string | number; slug?: string | null; number?: number | null }
const keysOf = (doc: Keyed | undefined | null) =>
  doc
    ? [doc.id, doc.slug, doc.number].filter((k): k is string | number => k != null && k !== '')
    : []

type Drafted = { _status?: string | null } | undefined | null

/**
 * Whether the public can see a change: always for a collection without drafts; for one with
 * drafts, when the document is published now or was before the save (publishing, republishing,
 * unpublishing). A draft that was never public, or an editor's pending draft of a public piece,
 * changes nothing anyone can see: its save expires nothing.
 */
const changeIsPublic = (doc: Drafted, previousDoc: Drafted) =>
  doc?._status === undefined || doc._status === 'published' || previousDoc?._status === 'published'

/**
 * afterChange: expire the collection's lists and the pages of the document, old slug included,
 * when the change can be seen publicly.
 */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  collection,
  context,
  req,
}) => {
  if (context.disableRevalidate || !changeIsPublic(doc, previousDoc)) return doc
  const slug = collection.slug as CollectionSlug
  const keys = new Set([...keysOf(doc), ...keysOf(previousDoc)])
  await expireTags([collectionTag(slug), ...[...keys].map((k) => documentTag(slug, k))], (m) =>
    req.payload.logger.debug(m),
  )
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({
  doc,
  collection,
  context,
  req,
}) => {
  if (context.disableRevalidate) return doc
  const slug = collection.slug as CollectionSlug
  await expireTags([collectionTag(slug), ...keysOf(doc).map((k) => documentTag(slug, k))], (m) =>
    req.payload.logger.debug(m),
  )
  return doc
}

/** Expires a collection's lists and these documents' pages, for writes made without a save. */
export async function revalidateDocuments(
  req: { payload: { logger: { debug(msg: string): void } } },
  slug: CollectionSlug,
  docs: Keyed[],
) {
  if (!docs.length) return
  await expireTags(
    [collectionTag(slug), ...docs.flatMap(keysOf).map((k) => documentTag(slug, k))],
    (m) => req.payload.logger.debug(m),
  )
}

export const revalidateHooks = {
  afterChange: [revalidateAfterChange],
  afterDelete: [revalidateAfterDelete],
}
