import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { relId } from '@/lib/relations'

/**
 * What the public sees as the credit: the contributor's display name, the pen name, or nothing
 * when anonymous. Stored as `byline` on save, so public pages never load the contributor.
 */
export async function bylineFor(
  doc: Record<string, unknown>,
  req: PayloadRequest,
): Promise<string> {
  if (doc.credit === 'penName') return String(doc.penName ?? '').trim()
  if (doc.credit !== 'name') return ''
  const id = relId(doc.contributor)
  if (id === undefined) return ''
  const contributor = await req.payload.findByID({
    collection: 'contributors',
    id,
    depth: 0,
    overrideAccess: true,
    select: { displayName: true },
    req,
  })
  return contributor?.displayName ?? ''
}

/**
 * Every save of a piece stores its byline, whatever the request sent. A collection hook, so it
 * runs before the fields' own hooks, and the search text (a field hook) reads the byline from
 * the data instead of loading the contributor a second time.
 */
export const deriveByline: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  data.byline = await bylineFor({ ...(originalDoc ?? {}), ...data }, req)
  return data
}
