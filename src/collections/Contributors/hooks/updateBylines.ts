import type { CollectionAfterChangeHook } from 'payload'

import { searchTextOf } from '@/fields/searchText'
import { revalidateDocuments } from '@/hooks/revalidate'
import type { Contributor } from '@/payload-types'

/**
 * A contributor renamed: the pieces credited by name carry the new byline (and search text).
 *
 * Written straight to each piece's current row, in the same transaction as the rename: a byline
 * is derived data, so this must not run the rules of a save made by the person (a contributor's
 * save keeps their pieces drafts), nor Payload's update, which starts from the latest version and
 * would publish — or unpublish — an editor's pending draft. A pending draft gets the new byline
 * when it is saved (the byline is derived on every save).
 */
export const updateBylines: CollectionAfterChangeHook<Contributor> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || previousDoc?.displayName === doc.displayName) return doc
  for (const collection of ['writings', 'artworks'] as const) {
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ contributor: { equals: doc.id } }, { credit: { equals: 'name' } }] },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      trash: true,
      req,
    })
    for (const piece of docs) {
      const changed = { ...piece, byline: doc.displayName }
      await req.payload.db.updateOne({
        collection,
        id: piece.id,
        data: { byline: doc.displayName, searchText: await searchTextOf(collection, changed, req) },
        req,
      })
    }
    if (!context.disableRevalidate) await revalidateDocuments(req, collection, docs)
  }
  return doc
}
