import { createHash } from 'node:crypto'

import { SUBMISSION_LIMITS as L } from './limits'

const recent = new Map<string, number[]>()

/** The address is kept only as a salted hash, and only for the length of the window. */
const keyOf = (address: string) =>
  createHash('sha256').update(`voice-and-visibility:rate:${address}`).digest('hex')

/**
 * Per-address limit on submissions (in this server's memory: with several instances each
 * counts its own). Returns the seconds to wait when over the limit.
 */
export function takeSubmissionSlot(
  address: string,
  now = Date.now(),
): { ok: true } | { ok: false; retryAfter: number } {
  const key = keyOf(address)
  const times = (recent.get(key) ?? []).filter((t) => now - t < L.windowMs)
  if (times.length >= L.perAddress) {
    recent.set(key, times)
    return { ok: false, retryAfter: Math.ceil((times[0] + L.windowMs - now) / 1000) }
  }
  times.push(now)
  recent.set(key, times)
  if (recent.size > 10_000)
    for (const [k, v] of recent) if (now - v[v.length - 1] > L.windowMs) recent.delete(k)
  return { ok: true }
}

export const resetSubmissionSlots = () => recent.clear()
