import { unstable_cache } from 'next/cache'

import { API_TAG, PUBLIC_API_COLLECTIONS } from './tags'

/**
 * Anonymous REST reads of the public collections, served from Next's data cache (shared through
 * Redis with REDIS_URL) and expired with every content change (API_TAG, src/lib/cache/expire.ts).
 *
 * What is cached is exactly what Payload answered a request that carried no identity, so it is
 * what any anonymous reader would be answered: the collections' read rules ran on it. Anything
 * that could make the answer personal or different passes straight through: a cookie (a session,
 * draft mode), an Authorization header (a token or API key), an Origin (CORS headers depend on
 * it), a Range, a path other than a list or one document, a parameter Payload's REST API does
 * not read (so junk parameters cannot mint cache entries), a very long URL, or an answer other
 * than a 200 with JSON.
 */
const REST_PARAM =
  /^(?:where|limit|page|sort|depth|select|populate|locale|fallback-locale|draft|joins|pagination|trash)(?:\[|$)/
const MAX_URL = 2048
const LIST_OR_DOCUMENT = /^\/api\/([a-z-]+)(?:\/([A-Za-z0-9_-]+))?\/?$/

/** How long an entry may live without a change expiring it (scheduled publishing, for one). */
export const API_CACHE_SECONDS = 300

/** What CDNs and proxies are told about an anonymous read: fresh for a second, then revalidated. */
export const PUBLIC_API_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=60'

/** The cache key of a request, or null when it must not be answered from the cache. */
export function publicReadKey(request: Request): string | null {
  if (request.method !== 'GET') return null
  const h = request.headers
  if (h.has('cookie') || h.has('authorization') || h.has('origin') || h.has('range')) return null
  if (request.url.length > MAX_URL) return null
  const url = new URL(request.url)
  const match = LIST_OR_DOCUMENT.exec(url.pathname)
  if (!match || !PUBLIC_API_COLLECTIONS.has(match[1])) return null
  // `/api/writings/versions`, `/api/media/file/…` and other endpoints are not a document id.
  if (match[2] && !/^\d+$|^[0-9a-f]{24}$/.test(match[2])) return null
  for (const name of url.searchParams.keys()) if (!REST_PARAM.test(name)) return null
  return `${url.pathname}?${url.searchParams.toString()}`
}

/**
 * Next keeps a cached value as JSON text, and the JSON of an answer kept as text inside it is
 * escaped at every quote: reading a list of 20 writings back cost 0.37 ms per request, plus
 * encoding it to bytes again. Kept as base64 (a third larger), it reads back as bytes in 0.1 ms.
 * Part of the cache key, so entries kept another way are never misread.
 */
const BODY_ENCODING = 'base64'

type RouteContext = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, context: RouteContext) => Promise<Response>

class NotCacheable extends Error {
  constructor(readonly response: Response) {
    super('not cacheable')
  }
}

/** Wraps Payload's REST GET handler with the cache above. */
export function cachePublicReads(handler: RestHandler): RestHandler {
  return async (request, context) => {
    const key = publicReadKey(request)
    if (!key) return handler(request, context)
    // Next forbids reading its request's headers inside a cached function: Payload reads a plain
    // copy (the headers of a request with no identity; nothing in them makes the answer differ),
    // made only when the cache has no answer.
    const { url } = request
    const headers = new Headers(request.headers)
    const read = unstable_cache(
      async () => {
        const response = await handler(new Request(url, { headers }), context)
        const type = response.headers.get('content-type') ?? ''
        if (response.status !== 200 || !type.includes('application/json'))
          throw new NotCacheable(response)
        return { body: Buffer.from(await response.arrayBuffer()).toString('base64'), type }
      },
      ['rest', BODY_ENCODING, key],
      { tags: [API_TAG], revalidate: API_CACHE_SECONDS },
    )
    try {
      const { body, type } = await read()
      return new Response(Buffer.from(body, BODY_ENCODING), {
        status: 200,
        headers: { 'Content-Type': type, 'Cache-Control': PUBLIC_API_CACHE_CONTROL },
      })
    } catch (err) {
      if (err instanceof NotCacheable) return err.response
      throw err
    }
  }
}
