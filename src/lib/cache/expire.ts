import { revalidateTag } from 'next/cache'
import { after } from 'next/server'

import { sharedRedis } from '@/lib/redis'

import { nextCacheInRedis } from './nextCacheInRedis.mjs'
import { API_TAG } from './tags'

/**
 * Expires these tags, and with them every anonymous REST read (a writing's JSON also shows its
 * contributor, topics and images, so any change may alter any of them) — now, and once more a
 * few seconds after the response. Next stamps a cached page or read when it is stored, not when
 * its render began: a render that read the database before this change and is stored after the
 * expiry would pass for new, and keep the old page (a title, or a piece just taken down) until the
 * next change. Measured: readers on a page while an editor saved twice in a row kept the old
 * title in 18 of 20 tries. The second expiry is after any such render is done.
 */
export async function expireTags(given: string[], log: (msg: string) => void) {
  const tags = given.includes(API_TAG) ? given : [...given, API_TAG]
  await expireNow(tags, log)
  try {
    after(async () => {
      await new Promise((resolve) => setTimeout(resolve, EXPIRE_AGAIN_AFTER_MS))
      await expireNow(tags, log)
    })
  } catch (err) {
    // Outside a Next.js request (seed, scripts, tests) no render can be in flight here.
    log(`expire again skipped: ${err instanceof Error ? err.message : String(err)}`)
  }
}

/**
 * How long after a change its tags expire again: longer than any page's render here (the
 * slowest cold one, the podcast feed, takes about half a second on the bench's archive).
 */
const EXPIRE_AGAIN_AFTER_MS = 3000

async function expireNow(tags: string[], log: (msg: string) => void) {
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
