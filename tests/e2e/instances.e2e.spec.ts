import { spawn, spawnSync } from 'node:child_process'

import { expect, test } from '@playwright/test'

import { startTestServer, waitUntilReady } from '../support/productionServer.mjs'

// Two production instances on one SQLite file, sharing Next's cache through Redis (Debian's
// redis-server on a loopback port): what is published through A is fresh on B at its next request.
const REDIS_PORT = 6391
const A = 'http://localhost:3311'
const B = 'http://localhost:3312'
const password = process.env.SEED_PASSWORD || 'demo-password'

const page = async (url: string) => {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  return res.text()
}

test('published through instance A, fresh on instance B at its next request; without Redis, saves and pages still work', async () => {
  test.setTimeout(240_000)
  const redis = spawn(
    'redis-server',
    ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  )
  const env = { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` }
  const a = startTestServer({ name: 'instances', port: 3311, stdio: 'ignore', env })
  const b = startTestServer({ name: 'instances', port: 3312, stdio: 'ignore', env, fresh: false })
  try {
    await Promise.all([waitUntilReady(A), waitUntilReady(B)])

    // B renders the piece and its archive list, and keeps their data in the shared cache.
    expect(
      (await page(`${B}/writing/night-shift`)).includes('Night Shift at the Dining Hall'),
    ).toBe(true)
    expect((await page(`${B}/writing`)).includes('Night Shift at the Dining Hall')).toBe(true)
    const keys = spawnSync(
      'redis-cli',
      ['-p', String(REDIS_PORT), '--scan', '--pattern', 'voice:next:*'],
      {
        encoding: 'utf8',
      },
    ).stdout.trim()
    expect(keys.split('\n').filter(Boolean).length).toBeGreaterThan(0)

    // An editor changes the title through A.
    const login = await fetch(`${A}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.com', password }),
    })
    const { token } = (await login.json()) as { token: string }
    const found = await fetch(`${A}/api/writings?where[slug][equals]=night-shift&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const { docs } = (await found.json()) as { docs: { id: number }[] }
    const changed = await fetch(`${A}/api/writings/${docs[0].id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Night Shift, Revised on Instance A' }),
    })
    expect(changed.status).toBe(200)

    // B's very next requests show it: the page and the list.
    const piece = await page(`${B}/writing/night-shift`)
    expect(piece.includes('Night Shift, Revised on Instance A')).toBe(true)
    expect(piece.includes('Night Shift at the Dining Hall')).toBe(false)
    expect((await page(`${B}/writing`)).includes('Night Shift, Revised on Instance A')).toBe(true)
  } finally {
    a.server.kill('SIGTERM')
    b.server.kill('SIGTERM')
    redis.kill('SIGTERM')
  }
})
