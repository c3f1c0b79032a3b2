// Next.js's cache (data cache and revalidation tags) in Redis, for running several instances:
// a document published through one instance is fresh on every instance at its next request.
// next.config.mjs uses this file only when REDIS_URL is set; without it Next keeps its own
// per-process cache, as for a single instance.
// Library: @fortedigital/nextjs-cache-handler (redis-strings handler) on node-redis.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'

import { nextCacheInRedis } from './src/lib/cache/nextCacheInRedis.mjs'

// One connection per process, however many handler instances Next creates; made when Next loads
// this file. (The app expires tags through its own: src/lib/cache/expire.ts.)
const config = (async () => {
  // The build runs without Redis: it has nothing to share.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] }
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 })
  client.on('error', (error) => console.error(`Redis (Next.js cache): ${error.message}`))
  try {
    await client.connect()
  } catch (error) {
    // Serving from a private cache beats not serving; the log says the instances may differ.
    console.error(
      `Redis at REDIS_URL is unreachable (${error.message}): this instance caches on its own until restarted.`,
    )
    return { handlers: [createLruHandler()] }
  }
  return { handlers: [nextCacheInRedis(client)] }
})()
CacheHandler.onCreation(() => config)

export default CacheHandler
