import type { CollectionSlug, Payload, Where } from 'payload'

import type { ID } from '@/lib/relations'

/** What every step of the seed works with. */
export type SeedContext = {
  payload: Payload
  /** Local API options: as the system, no population, no cache expiry and no emails. */
  base: {
    readonly overrideAccess: true
    readonly depth: 0
    readonly context: { disableRevalidate: boolean; disableNotifications: boolean }
  }
  log: (msg: string) => void
}

export function seedContext(payload: Payload): SeedContext {
  return {
    payload,
    // A fresh context for every call: Payload's storage plugin marks the context of a save that
    // uploaded a file, and a shared object would make every later upload skip the bucket.
    base: {
      overrideAccess: true,
      depth: 0,
      get context() {
        return { disableRevalidate: true, disableNotifications: true }
      },
    },
    log: (msg) => payload.logger.info(`[seed] ${msg}`),
  }
}

/** Find a document by a unique key, or make it: what makes the seed safe to run again. */
export async function ensure(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  create: () => Promise<{ id: ID }>,
): Promise<ID> {
  const found = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    draft: true,
    pagination: false,
    select: {},
  })
  if (found.docs[0]) return found.docs[0].id
  return (await create()).id
}

export const uploadFile = (name: string, data: Buffer, mimetype: string) => ({
  name,
  data,
  mimetype,
  size: data.length,
})
