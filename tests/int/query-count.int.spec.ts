import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { seed } from '@/seed'
import { ARCHIVE_SCALE, seedArchive } from '../../bench/scaleData'
import { bootBeforeAll } from './helpers'

// The data module caches through Next's data cache, which exists only inside a Next server;
// here each call reaches the Local API, and every database operation is counted.
vi.mock('next/cache', () => ({
  unstable_cache: (fn: (...args: unknown[]) => unknown) => fn,
  revalidateTag: () => undefined,
}))

const { getHomeWork } = await import('@/lib/data/home')
const { listWritings, getWriting } = await import('@/lib/data/writings')
const { listArtworks, getArtwork } = await import('@/lib/data/artworks')
const { listEpisodes } = await import('@/lib/data/episodes')
const { getCompilation, listCompilations } = await import('@/lib/data/compilations')
const { listExhibitions } = await import('@/lib/data/exhibitions')
const { listEvents } = await import('@/lib/data/events')
const { searchArchive, searchTypes, SEARCH_LIMIT, SEARCH_PREVIEW } =
  await import('@/lib/data/search')

/**
 * No page's data costs more database operations when the archive grows: lists read one page with
 * the fields they show, relationships are loaded in one batch per collection, never one query per
 * item (N+1). Counted at the adapter (find, count, findOne, …), so it holds on SQLite and MongoDB.
 */
let payload: Payload
const operations = [
  'find',
  'findOne',
  'count',
  'findDistinct',
  'queryDrafts',
  'findVersions',
  'countVersions',
  'findGlobal',
] as const

async function countOperations(load: () => Promise<unknown>) {
  let n = 0
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
  const originals = operations.map((op) => [op, db[op]] as const)
  for (const [op, fn] of originals)
    db[op] = (...args: unknown[]) => {
      n++
      return fn.apply(payload.db, args)
    }
  try {
    await load()
  } finally {
    for (const [op, fn] of originals) db[op] = fn
  }
  return n
}

const small = (factor: number) =>
  Object.fromEntries(
    Object.entries(ARCHIVE_SCALE).map(([k, v]) => [k, Math.max(1, Math.round(v * factor))]),
  ) as typeof ARCHIVE_SCALE

const pages: Record<string, () => Promise<unknown>> = {
  home: () => getHomeWork('en'),
  '/writing': () => listWritings('en', {}),
  '/writing?page=2': () => listWritings('en', { page: 2 }),
  '/writing/[slug]': () => getWriting('en', 'night-shift'),
  '/art': () => listArtworks('en', {}),
  '/art/[slug]': () => getArtwork('en', 'steam-and-light'),
  '/upfront': () => listEpisodes('en', {}),
  '/compilations': () => listCompilations('en'),
  '/compilations/[slug]': () => getCompilation('en', 'many-tongues'),
  '/exhibitions': () => listExhibitions('en'),
  '/events': () => listEvents('en'),
  '/search?q=union': () => searchArchive('en', 'union'),
}

const measure = async () => {
  const out: Record<string, number> = {}
  for (const [name, load] of Object.entries(pages)) out[name] = await countOperations(load)
  return out
}

bootBeforeAll(async (booted) => {
  payload = booted
  await seed(payload)
}, 120_000)

describe('database operations per page', () => {
  it('stay the same when the archive grows fourfold (no query per item)', async () => {
    const before = await measure()
    // 100 more writings, 50 artworks, 6 more contributors, episodes, events, anthologies…
    await seedArchive(payload, { scale: small(0.01), log: () => undefined })
    const after = await measure()
    expect(after).toEqual(before)
    // And they are few: a page reads what it shows in a handful of operations.
    for (const [page, n] of Object.entries(after)) expect(n, page).toBeLessThanOrEqual(12)
  }, 180_000)
})

describe('search on the grown archive', () => {
  it('shows the first few of each type under "All", and every hit of one type a page at a time', async () => {
    const all = await searchArchive('en', 'union')
    for (const type of searchTypes)
      expect(all.hits.filter((h) => h.type === type).length, type).toBe(
        Math.min(all.facets[type], SEARCH_PREVIEW),
      )
    const total = all.facets.writings
    expect(total).toBeGreaterThan(SEARCH_LIMIT)

    const first = await searchArchive('en', 'union', 'writings')
    expect(first.totalPages).toBe(Math.ceil(total / SEARCH_LIMIT))
    expect(first.hits).toHaveLength(SEARCH_LIMIT)
    const seen = new Set(first.hits.map((h) => h.path))
    for (let page = 2; page <= first.totalPages; page++) {
      const next = await searchArchive('en', 'union', 'writings', page)
      expect(next.page).toBe(page)
      for (const hit of next.hits) {
        expect(seen.has(hit.path), hit.path).toBe(false)
        seen.add(hit.path)
      }
    }
    expect(seen.size).toBe(total)
  })
})
