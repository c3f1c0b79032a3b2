import type { CollectionSlug, FieldHook, PayloadRequest, TextField } from 'payload'

import { relIds } from '@/lib/relations'
import { foldForSearch } from '@/lib/searchText'

type Doc = Record<string, unknown>
export type SearchSource = (doc: Doc, req: PayloadRequest) => Promise<unknown[]> | unknown[]

/**
 * Folded public text of a document, kept on save, that site search matches with `like`.
 * Only public fields may feed it: it is readable wherever the document is. Not indexed: a match
 * anywhere in the text (`%word%`) cannot seek in a B-tree, so the index was only ever scanned
 * whole, while every save wrote the whole text into it twice (the document and its version).
 */
export function searchTextField(source: SearchSource): TextField {
  const build: FieldHook = async ({ siblingData, originalDoc, req }) => {
    const doc = { ...(originalDoc ?? {}), ...(siblingData ?? {}) }
    const parts = await source(doc, req)
    return foldForSearch(
      parts.filter((p) => typeof p === 'string' || typeof p === 'number').join(' '),
    )
  }
  return {
    name: 'searchText',
    type: 'text',
    admin: { hidden: true },
    hooks: { beforeChange: [build] },
  }
}

/**
 * The search text a document of this collection would get on save, for code that corrects a
 * derived value without a save (a byline after a rename): the collection's own source, run again.
 */
export async function searchTextOf(
  collection: CollectionSlug,
  doc: Doc,
  req: PayloadRequest,
): Promise<string | undefined> {
  const field = req.payload.collections[collection].config.fields.find(
    (f): f is TextField => f.type === 'text' && f.name === 'searchText',
  )
  const build = field?.hooks?.beforeChange?.[0]
  if (!build) return undefined
  return build({ siblingData: doc, originalDoc: doc, req } as Parameters<FieldHook>[0])
}

/** Names of related guests, so an episode or interview is found by who was on it. */
export async function guestNames(doc: Doc, req: PayloadRequest): Promise<string[]> {
  const ids = relIds(doc.guests)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'guests',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    select: { name: true, organisation: true },
    req,
  })
  return docs.flatMap((g) => [g.name, g.organisation ?? ''])
}
