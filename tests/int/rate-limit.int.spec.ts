// Rate limits shared by instances through Redis (issue #16): two limiters with their own memory,
// as two server processes would have, count against one Redis. Without REDIS_URL (the negative
// control) each counts its own, and twice the limit gets through. The same Redis holds Next's
// shared page cache, which a save expires before it answers.
import { spawn, type ChildProcess } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expireTags } from '@/lib/cache/expire'
import { nextCacheInRedis } from '@/lib/cache/nextCacheInRedis.mjs'
import { closeSharedRedis, sharedRedis } from '@/lib/redis'
import { createLimiter } from '@/lib/security/rateLimit'

const PORT = 20_000 + ((process.pid + 7) % 20_000)
let redis: ChildProcess

beforeAll(async () => {
  redis = spawn(
    'redis-server',
    ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  )
  // Ready when it answers.
  const { createClient } = await import('redis')
  for (let i = 0; ; i++) {
    const probe = createClient({ url: `redis://127.0.0.1:${PORT}` })
    probe.on('error', () => undefined)
    try {
      await probe.connect()
      await probe.quit()
      break
    } catch {
      if (i > 50) throw new Error('redis-server did not start')
      await new Promise((r) => setTimeout(r, 100))
    }
  }
})
afterAll(async () => {
  await closeSharedRedis()
  redis?.kill()
  delete process.env.REDIS_URL
})

const limits = { max: 5, windowMs: 10 * 60 * 1000 }
const taken = async (a: ReturnType<typeof createLimiter>, b: typeof a, address: string) => {
  let ok = 0
  for (let i = 0; i < 6; i++) if ((await a.take(address)).ok) ok++
  for (let i = 0; i < 6; i++) if ((await b.take(address)).ok) ok++
  return ok
}

describe('rate limits across instances', () => {
  it('without REDIS_URL each instance counts its own (the negative control)', async () => {
    delete process.env.REDIS_URL
    const a = createLimiter('rate-test-alone', limits)
    const b = createLimiter('rate-test-alone', limits)
    expect(await taken(a, b, '203.0.113.1')).toBe(10)
  })

  it('with REDIS_URL two instances share one count, and say how long to wait', async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${PORT}`
    const a = createLimiter('rate-test', limits)
    const b = createLimiter('rate-test', limits)
    await a.reset()
    expect(await taken(a, b, '203.0.113.2')).toBe(5)
    const refused = await b.take('203.0.113.2')
    expect(refused).toMatchObject({ ok: false })
    if (!refused.ok) expect(refused.retryAfter).toBeGreaterThan(590)
    // Another address is counted apart; a count given back on one instance frees the other.
    expect((await b.take('198.51.100.9')).ok).toBe(true)
    await a.giveBack('203.0.113.2')
    expect((await b.take('203.0.113.2')).ok).toBe(true)
    expect((await a.take('203.0.113.2')).ok).toBe(false)
  })

  it('the window slides: counts older than it are forgotten', async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${PORT}`
    const a = createLimiter('rate-test-window', limits)
    await a.reset()
    const t = Date.now()
    for (let i = 0; i < 5; i++) expect((await a.take('203.0.113.3', t + i)).ok).toBe(true)
    expect((await a.take('203.0.113.3', t + 10)).ok).toBe(false)
    expect((await a.take('203.0.113.3', t + limits.windowMs + 5)).ok).toBe(true)
  })

  it('keeps no address in Redis, only salted hashes', async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${PORT}`
    await createLimiter('rate-test-hashes', limits).take('203.0.113.4')
    const { sharedRedis } = await import('@/lib/redis')
    const client = await sharedRedis()
    const keys: string[] = []
    for await (const batch of client!.scanIterator({ MATCH: 'voice:limit:*' })) keys.push(...batch)
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.some((k) => k.startsWith('voice:limit:rate-test-hashes:'))).toBe(true)
    expect(keys.join(' ')).not.toMatch(/203\.0\.113|198\.51/)
  })
})

describe('Next’s page cache shared in Redis', () => {
  const key = 'expire-test:/writing/a-piece'
  const entry = () => ({
    lastModified: Date.now() - 1000,
    lifespan: null,
    tags: ['collection:writings'],
    value: null,
  })
  const cached = async () => {
    const client = await sharedRedis()
    return nextCacheInRedis(client!).get(key, { implicitTags: [] })
  }

  it('a save expires the pages it changed there before it answers (not without REDIS_URL)', async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${PORT}`
    const client = await sharedRedis()
    await nextCacheInRedis(client!).set(key, entry())
    // Without REDIS_URL (the negative control) the app never reaches the shared cache.
    delete process.env.REDIS_URL
    await expireTags(['collection:writings'], () => undefined)
    process.env.REDIS_URL = `redis://127.0.0.1:${PORT}`
    expect(await cached()).not.toBeNull()
    await expireTags(['collection:writings'], () => undefined)
    expect(await cached()).toBeNull()
  })
})
