import { createHash, randomUUID } from 'node:crypto'

import { sharedRedis } from '@/lib/redis'

export type Slot = { ok: true } | { ok: false; retryAfter: number }

type Limits = { max: number; windowMs: number }

/**
 * A sliding-window count per key (an address). With REDIS_URL the count is shared by every
 * instance (a sorted set per key, checked and added in one atomic script, expiring with the
 * window); without it — or while Redis is unreachable — in this server's memory, so each instance
 * counts its own. Keys are kept only as salted hashes, and only for the length of the window.
 */
export function createLimiter(name: string, limits: Limits) {
  const keyOf = (key: string) =>
    createHash('sha256').update(`voice-and-visibility:${name}:${key}`).digest('hex')
  const memory = memoryWindow(limits)
  const redisKey = (k: string) => `voice:limit:${name}:${k}`

  return {
    /** Counts one more for this key, or says how many seconds to wait when it is over the limit. */
    async take(key: string, now = Date.now()): Promise<Slot> {
      const k = keyOf(key)
      const redis = await sharedRedis()
      if (!redis) return memory.take(k, now)
      try {
        const [ok, waitMs] = (await redis.eval(TAKE, {
          keys: [redisKey(k)],
          arguments: [String(now), String(limits.windowMs), String(limits.max), randomUUID()],
        })) as [number, number]
        return ok ? { ok: true } : { ok: false, retryAfter: Math.ceil(waitMs / 1000) }
      } catch (error) {
        console.error(`Rate limit "${name}" counted in memory: ${(error as Error).message}`)
        return memory.take(k, now)
      }
    },
    /** Takes back the last count for this key (an attempt that turned out to be legitimate). */
    async giveBack(key: string) {
      const k = keyOf(key)
      memory.giveBack(k)
      const redis = await sharedRedis()
      await redis?.zPopMax(redisKey(k)).catch(() => undefined)
    },
    /** Forgets every count (tests). */
    async reset() {
      memory.reset()
      const redis = await sharedRedis()
      if (!redis) return
      for await (const keys of redis.scanIterator({ MATCH: `voice:limit:${name}:*` }))
        if (keys.length) await redis.del(keys)
    },
  }
}

// Drops the entries older than the window, refuses when `max` remain (answering how long until
// the oldest leaves), otherwise adds this one; the key expires with the window.
const TAKE = `
local key, now, window, max = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) >= max then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', key, now, ARGV[4])
redis.call('PEXPIRE', key, window)
return {1, 0}
`

function memoryWindow({ max, windowMs }: Limits) {
  const recent = new Map<string, number[]>()
  const live = (key: string, now: number) =>
    (recent.get(key) ?? []).filter((t) => now - t < windowMs)
  return {
    take(k: string, now: number): Slot {
      const times = live(k, now)
      if (times.length >= max) {
        recent.set(k, times)
        return { ok: false, retryAfter: Math.ceil((times[0] + windowMs - now) / 1000) }
      }
      times.push(now)
      recent.set(k, times)
      if (recent.size > 10_000)
        for (const [key, v] of recent) if (now - v[v.length - 1] > windowMs) recent.delete(key)
      return { ok: true }
    },
    giveBack(k: string) {
      recent.get(k)?.pop()
    },
    reset() {
      recent.clear()
    },
  }
}
