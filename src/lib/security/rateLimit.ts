import { createHash } from 'node:crypto'

export type Slot = { ok: true } | { ok: false; retryAfter: number }

/**
 * A sliding-window count per key (an address), in this server's memory: with several instances
 * each counts its own. Keys are kept only as salted hashes, and only for the length of the window.
 */
export function createLimiter(name: string, { max, windowMs }: { max: number; windowMs: number }) {
  const recent = new Map<string, number[]>()
  const keyOf = (key: string) =>
    createHash('sha256').update(`voice-and-visibility:${name}:${key}`).digest('hex')
  const live = (key: string, now: number) =>
    (recent.get(key) ?? []).filter((t) => now - t < windowMs)

  return {
    /** Counts one more for this key, or says how many seconds to wait when it is over the limit. */
    take(key: string, now = Date.now()): Slot {
      const k = keyOf(key)
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
    /** Takes back the last count for this key (an attempt that turned out to be legitimate). */
    giveBack(key: string) {
      recent.get(keyOf(key))?.pop()
    },
    reset() {
      recent.clear()
    },
  }
}
