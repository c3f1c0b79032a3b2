import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'
import { revalidateTag } from 'next/cache'

/** Cache tags: one per collection (lists, feeds, home, sitemap) and one per document. */
export const collectionTag = (collection: CollectionSlug) => `collection:${collection}`
export const documentTag = (collection: CollectionSlug, key: string | number) =>
  `doc:${collection}:${key}`

type SharedCache = { handlers: { revalidateTag(tag: string): Promise<void> }[] }

export async function expireTags(tags: string[], log: (msg: string) => void) {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (err) {
      // Outside a Next.js server (seed, scripts, tests) there is no cache to expire.
      log(`revalidate ${tag} skipped: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  // With REDIS_URL, Next's cache is shared in Redis (cache-handler.mjs), and Next expires the tags
  // there only once the response has gone. Expire them before answering too, so that the next
  // request to any instance is fresh — but never let an unreachable Redis hold up a save.
  const shared = (globalThis as { __vvCacheConfig?: Promise<SharedCache> }).__vvCacheConfig
  if (!shared) return
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${SHARED_CACHE_WAIT_MS} ms`)),
      SHARED_CACHE_WAIT_MS,
    )
  })
  try {
    const expireShared = shared.then(({ handlers }) =>
      Promise.all(handlers.flatMap((h) => tags.map((tag) => h.revalidateTag(tag)))),
    )
    await Promise.race([expireShared, timeout])
  } catch (err) {
    // Not debug: other instances may serve the old version until Redis answers again.
    console.error(`Redis (Next.js cache): could not expire ${tags.join(', ')}: ${String(err)}`)
  } finally {
    clearTimeout(timer)
  }
}

/** How long a save waits for Redis to expire the shared cache before answering anyway. */
const SHARED_CACHE_WAIT_MS = 2000

type Keyed = { id: string | number; slug?: string | null; number?: number | null }
const keysOf = (doc: Keyed | undefined | null) =>
  doc
    ? [doc.id, doc.slug, doc.number].filter((k): k is string | number => k != null && k !== '')
    : []

/** afterChange: expire the collection's lists and the pages of the document, old slug included. */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  collection,
  context,
  req,
}) => {
  if (context.disableRevalidate) return doc
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
