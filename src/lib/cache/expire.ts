import { revalidateTag } from 'next/cache'

import { sharedRedis } from '@/lib/redis'

import { nextCacheInRedis } from './nextCacheInRedis.mjs'
import { API_TAG } from './tags'

/**
 * Expires these tags, and with them every anonymous REST read (a writing's JSON also shows its
 * contributor, topics and images, so any change may alter any of them).
 */
export async function expireTags(given: string[], log: (msg: string) => void) {
  const tags = given.includes(API_TAG) ? given : [...given, API_TAG]
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
  if (!process.env.REDIS_URL) return
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${SHARED_CACHE_WAIT_MS} ms`)),
      SHARED_CACHE_WAIT_MS,
    )
  })
  try {
    const expireShared = sharedRedis().then((client) => {
      if (!client) throw new Error('Redis is unreachable')
      const shared = nextCacheInRedis(client)
      return Promise.all(tags.map((tag) => shared.revalidateTag(tag)))
    })
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
