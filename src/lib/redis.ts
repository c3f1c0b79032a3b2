import { createClient } from 'redis'

type Client = ReturnType<typeof createClient>

let client: Promise<Client | null> | undefined

/**
 * The app's Redis connection, for shared counters (rate limits) and for expiring Next's shared
 * cache when a save changes what the public sees (src/lib/cache/expire.ts; Next itself reads and
 * writes that cache through cache-handler.mjs on a connection of its own). Made on first use when
 * REDIS_URL is set; null without it, or when Redis cannot be reached (counters are then kept in
 * memory, as a single instance does, and the log says so). Commands give up after a second.
 */
export function sharedRedis(): Promise<Client | null> {
  const url = process.env.REDIS_URL
  if (!url) return Promise.resolve(null)
  client ??= (async () => {
    const c = createClient({ url, pingInterval: 10_000, socket: { connectTimeout: 1000 } })
    c.on('error', (error: Error) => console.error(`Redis: ${error.message}`))
    try {
      await c.connect()
      return c
    } catch (error) {
      console.error(
        `Redis at REDIS_URL is unreachable (${(error as Error).message}): rate limits count per instance.`,
      )
      client = undefined
      return null
    }
  })()
  return client
}

/** Closes the connection (tests, scripts that exit). */
export async function closeSharedRedis() {
  const c = await client
  client = undefined
  await c?.quit().catch(() => undefined)
}
