// Next's page cache stamps with the wall clock and asks "has this tag expired?" by
// `performance.timeOrigin + performance.now()`. With the monotonic clock behind the wall clock
// (a clock set forward after the server started), a change's expiry is not seen until the gap has
// passed: src/lib/cache/nextClock.mjs makes Next read the clock it stamps with.
import { afterEach, describe, expect, it } from 'vitest'
// Next's own check, as its page cache runs it (a plain CommonJS module inside next).
import {
  areTagsExpired,
  tagsManifest,
} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

import { alignNextClock } from '@/lib/cache/nextClock.mjs'

const LAG_MS = 60_000
const realNow = performance.now

/** The monotonic clock a minute behind the wall clock, as tests/support/laggingClock.cjs does. */
function lagMonotonicClock() {
  performance.now = () => realNow.call(performance) - LAG_MS
}

/** A page stored a second ago, then a change expiring its tag now — as Next stamps both. */
function pageThenChange(tag: string) {
  const storedAt = Date.now() - 1000
  const now = Date.now()
  tagsManifest.set(tag, { stale: now, expired: now })
  return storedAt
}

afterEach(() => {
  performance.now = realNow
  delete (performance as { timeOrigin?: number }).timeOrigin
})

describe('Next’s cache and a clock set forward', () => {
  it('without the alignment, a change made now has not expired the page (the negative control)', () => {
    lagMonotonicClock()
    const storedAt = pageThenChange('writing:negative')
    expect(areTagsExpired(['writing:negative'], storedAt)).toBe(false)
  })

  it('aligned, the change has expired the page at once', () => {
    lagMonotonicClock()
    alignNextClock()
    const storedAt = pageThenChange('writing:aligned')
    expect(areTagsExpired(['writing:aligned'], storedAt)).toBe(true)
    // A page stored after the change is not expired by it.
    expect(areTagsExpired(['writing:aligned'], Date.now() + 1)).toBe(false)
  })

  it('durations measured with performance.now() stay monotonic', async () => {
    alignNextClock()
    const start = performance.now()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(performance.now() - start).toBeGreaterThanOrEqual(15)
    expect(Math.abs(performance.timeOrigin + performance.now() - Date.now())).toBeLessThan(5)
  })
})
