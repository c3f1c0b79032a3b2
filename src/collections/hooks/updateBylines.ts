import type { CollectionAfterChangeHook } from 'payload'

import type { Contributor } from '@/payload-types'

/** A contributor renamed: the pieces credited by name carry the new byline. */
export const updateBylines: CollectionAfterChangeHook<Contributor> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || previousDoc?.displayName === doc.displayName) return doc
  for (const collection of ['writings', 'artworks'] as const) {
    await req.payload.update({
      collection,
      where: { and: [{ contributor: { equals: doc.id } }, { credit: { equals: 'name' } }] },
      data: { byline: doc.displayName },
      overrideAccess: true,
      depth: 0,
      req,
      context,
    })
  }
  return doc
}
