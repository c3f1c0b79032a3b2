// Next.js's cache in Redis (@fortedigital/nextjs-cache-handler, redis-strings handler): its
// options in one place, for the two sides that reach it. cache-handler.mjs, loaded by Next, reads
// and writes pages through it; src/lib/cache/expire.ts, in the app, expires tags in it when a save
// changes what the public sees. Each side has its own connection: they never share a module.
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

/**
 * The handler over a connected node-redis client. Each command gives up after a second: a Redis
 * outage slows pages, never stops them.
 * @param {ReturnType<typeof import('redis').createClient>} client a connected client
 */
export const nextCacheInRedis = (client) =>
  createRedisHandler({ client, keyPrefix: 'voice:next:', timeoutMs: 1000 })
