import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { bootBeforeAll } from './helpers'

let payload: Payload

bootBeforeAll((booted) => {
  payload = booted
})

describe('demo seed', () => {
  let first: Awaited<ReturnType<typeof seed>>

  // The whole demo, images made and resized: 22 s on a quiet machine, 54 s on CI's beside another
  // file, and over a minute once while the database tests started six apps beside it.
  it(
    'fills an empty database with the demo the README promises',
    { timeout: 180_000 },
    async () => {
      const started = Date.now()
      first = await seed(payload)
      console.log(`[bench] demo seed: ${Date.now() - started} ms`)
      expect(first.created).toBe(true)
      const c = first.counts
      expect(c.writings).toBeGreaterThanOrEqual(30)
      expect(c.artworks).toBeGreaterThanOrEqual(20)
      expect(c.episodes).toBeGreaterThanOrEqual(12)
      expect(c.compilations).toBe(3)
      expect(c.exhibitions).toBe(2)
      expect(c.events).toBe(4)
      expect(c.guests).toBeGreaterThan(0)
      expect(c.interviews).toBeGreaterThan(0)
      expect(c.users).toBe(3)
    },
  )

  it('covers every form and at least three languages, with translations linked', async () => {
    const { docs } = await payload.find({
      collection: 'writings',
      overrideAccess: true,
      depth: 0,
      limit: 100,
      draft: true,
    })
    expect(new Set(docs.map((d) => d.form))).toEqual(
      new Set(['poem', 'story', 'essay', 'testimony', 'oral_history', 'other']),
    )
    expect(new Set(docs.map((d) => d.language)).size).toBeGreaterThanOrEqual(3)
    expect(docs.some((d) => (d.translations ?? []).length > 0)).toBe(true)
    expect(docs.some((d) => d.credit === 'anonymous')).toBe(true)
    expect(docs.some((d) => d.editorialStatus === 'submitted')).toBe(true)
  })

  it('makes demo accounts that can sign in with the seed password', async () => {
    for (const email of ['admin@example.com', 'editor@example.com', 'contributor@example.com']) {
      const result = await payload.login({
        collection: 'users',
        data: { email, password: 'demo-password' },
        depth: 0,
        overrideAccess: true,
      })
      expect(result.user?.email).toBe(email)
    }
  })

  it('is idempotent: a second run adds nothing', async () => {
    const again = await seed(payload)
    expect(again.created).toBe(false)
    expect(again.counts).toEqual(first.counts)
  })
})
