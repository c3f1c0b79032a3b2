import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { bootBeforeAll } from './helpers'
import { buildWorld, PRIVATE, type World } from './fixtures'

// The data module caches through Next's data cache, which exists only inside a Next server;
// here each call reaches the Local API directly, which is what these tests are about.
vi.mock('next/cache', () => ({
  unstable_cache: (fn: (...args: unknown[]) => unknown) => fn,
  revalidateTag: () => undefined,
}))

const data = {
  writings: await import('@/lib/data/writings'),
  contributors: await import('@/lib/data/contributors'),
  search: await import('@/lib/data/search'),
  numbers: await import('@/lib/data/numbers'),
  sitemap: await import('@/lib/data/sitemap'),
  episodes: await import('@/lib/data/episodes'),
  guests: await import('@/lib/data/guests'),
}

let payload: Payload
let world: World
const base = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const

bootBeforeAll(async (booted) => {
  payload = booted
  world = await buildWorld(payload)
  await payload.update({
    ...base,
    collection: 'writings',
    id: world.works.alicePublished.id,
    data: { topics: [world.topic.id], translations: [world.works.bobPublished.id] },
  })
  const guest = await payload.create({
    ...base,
    collection: 'guests',
    data: { name: 'Dr. José Martí-Núñez', organisation: 'Union Hall' },
  })
  await payload.create({
    ...base,
    collection: 'episodes',
    data: {
      number: 7,
      title: 'Solidarity forever',
      airDate: '2025-03-01T16:00:00.000Z',
      summary: 'On the picket line',
      audio: world.audio.id,
      guests: [guest.id],
      _status: 'published',
    },
  })
  await payload.create({
    ...base,
    collection: 'episodes',
    data: {
      number: 8,
      title: 'Unaired draft',
      airDate: '2025-03-08T16:00:00.000Z',
      summary: 'Not yet',
      guests: [guest.id],
      _status: 'draft',
    },
  })
  await payload.create({
    ...base,
    collection: 'events',
    data: {
      title: 'Spring reading',
      kind: 'reading',
      start: '2025-04-01T22:00:00.000Z',
      venue: 'Hall',
      attendance: 40,
      featuredContributors: [world.alice.id, world.bob.id],
    },
  })
})

const privateValues = [...Object.values(PRIVATE), 'bob.private@example.org', 'Robert Legalname']
const expectNoPrivate = (value: unknown) => {
  const text = JSON.stringify(value)
  for (const secret of privateValues) expect(text).not.toContain(secret)
}

describe('writing archive', () => {
  it('lists published, accepted pieces only, with the card fields and nothing else', async () => {
    const page = await data.writings.listWritings('en', {})
    const titles = page.items.map((w) => w.title).sort()
    expect(titles).toEqual(['Alice published', 'Bob anonymous', 'Bob pen name', 'Bob published'])
    for (const card of page.items)
      expect(Object.keys(card).sort()).toEqual(
        ['byline', 'excerpt', 'form', 'id', 'language', 'publishedAt', 'slug', 'title'].sort(),
      )
    expectNoPrivate(page)
  })

  it('filters by topic and by year, and returns nothing for an unknown topic', async () => {
    const byTopic = await data.writings.listWritings('en', { topic: world.topic.slug ?? '' })
    expect(byTopic.items.map((w) => w.title)).toEqual(['Alice published'])
    const thisYear = new Date().getUTCFullYear()
    expect((await data.writings.listWritings('en', { year: thisYear })).totalDocs).toBe(4)
    expect((await data.writings.listWritings('en', { year: 1999 })).totalDocs).toBe(0)
    expect((await data.writings.listWritings('en', { topic: 'no-such-topic' })).totalDocs).toBe(0)
  })

  it('credits as chosen: a public profile link only for a name credit with consent', async () => {
    const alice = await data.writings.getWriting('en', world.works.alicePublished.slug!)
    expect(alice?.byline).toBe('Alice Worker')
    expect(alice?.profile).toEqual({ slug: world.alice.slug, name: 'Alice Worker' })
    const anonymous = await data.writings.getWriting('en', world.works.bobAnonymous.slug!)
    expect(anonymous?.byline).toBe('')
    expect(anonymous?.profile).toBeNull()
    const penName = await data.writings.getWriting('en', world.works.bobPenName.slug!)
    expect(penName?.byline).toBe('Night Owl')
    expect(penName?.profile).toBeNull()
    expectNoPrivate([alice, anonymous, penName])
    expect(JSON.stringify([anonymous, penName])).not.toContain('Bob Hidden')
  })

  it('never returns a draft or a submission, even by its slug', async () => {
    expect(await data.writings.getWriting('en', world.works.aliceSubmitted.slug!)).toBeNull()
    expect(await data.writings.getWriting('en', world.works.bobSubmitted.slug!)).toBeNull()
  })

  it('links published translations and related pieces', async () => {
    const piece = await data.writings.getWriting('en', world.works.alicePublished.slug!)
    const links = await data.writings.getWritingLinks(
      piece!.id,
      piece!.translationIds,
      piece!.topicIds,
    )
    expect(links.translations.map((w) => w.title)).toEqual(['Bob published'])
  })
})

describe('contributor page', () => {
  it('lists only work credited to the name, never pen-name or anonymous pieces', async () => {
    const alice = await data.contributors.getContributor('en', world.alice.slug!)
    expect(alice?.writings.map((w) => w.title)).toEqual(['Alice published'])
    expectNoPrivate(alice)
  })
  it('does not exist for someone without a public profile', async () => {
    expect(await data.contributors.getContributor('en', world.bob.slug!)).toBeNull()
  })
})

describe('search', () => {
  it('ignores accents and case, across types', async () => {
    for (const q of ['jose', 'JOSÉ', 'marti nunez']) {
      const results = await data.search.searchArchive('en', q)
      expect(results.facets.guests, q).toBe(1)
      expect(results.facets.episodes, q).toBe(1)
      expect(results.hits.map((h) => h.title)).toContain('Dr. José Martí-Núñez')
    }
  })
  it('folds Vietnamese, Haitian Creole and Chinese the way their readers type', async () => {
    for (const name of ['Nguyễn Thị Đào', 'Sant Kreyòl Lakay', '陈美玲（华人进步会）'])
      await payload.create({ ...base, collection: 'guests', data: { name } })
    const found = async (q: string) =>
      (await data.search.searchArchive('en', q, 'guests')).hits.map((h) => h.title)
    for (const q of ['nguyen', 'NGUYỄN thi', 'dao', 'Đào'])
      expect(await found(q), q).toContain('Nguyễn Thị Đào')
    for (const q of ['kreyol', 'KREYÒL lakay'])
      expect(await found(q), q).toContain('Sant Kreyòl Lakay')
    // Any run of two or more characters, wherever it falls in the name.
    for (const q of ['美玲', '陈美', '华人进步', '进步会'])
      expect(await found(q), q).toContain('陈美玲（华人进步会）')
    expect(await found('美丽')).toEqual([])
  })
  it('narrows to one type with facets still counting every type', async () => {
    const results = await data.search.searchArchive('en', 'jose', 'episodes')
    expect(results.hits.map((h) => h.type)).toEqual(['episodes'])
    expect(results.hits[0].path).toBe('/upfront/7')
    expect(results.facets.guests).toBe(1)
  })
  it('finds no drafts, no submissions and no private details', async () => {
    expect((await data.search.searchArchive('en', 'unaired')).total).toBe(0)
    expect((await data.search.searchArchive('en', 'Alice submitted')).total).toBe(0)
    for (const secret of ['Hidden Department', 'Secretlegal', 'bob.private'])
      expect((await data.search.searchArchive('en', secret)).total, secret).toBe(0)
  })
  it('does not reveal who wrote an anonymous or pen-name piece', async () => {
    const results = await data.search.searchArchive('en', 'Bob')
    const detail = Object.fromEntries(results.hits.map((h) => [h.title, h.detail]))
    expect(detail['Bob anonymous']).toBe('')
    expect(detail['Bob pen name']).toBe('Night Owl')
    expect(detail['Bob published']).toBe('Bob Hidden')
    const byName = await data.search.searchArchive('en', 'Bob Hidden', 'writings')
    expect(byName.hits.map((h) => h.title)).toEqual(['Bob published'])
  })
})

describe('guest list order', () => {
  it('sorts with the page language’s alphabet, not the database’s byte order', async () => {
    for (const name of ['Zoe Adams', 'Étienne Dubois', 'Đặng Văn Minh', 'Dao Tran'])
      await payload.create({ ...base, collection: 'guests', data: { name } })
    const order = async (locale: 'en' | 'vi') =>
      (await data.guests.listGuests(locale, 1)).items
        .map((g) => g.name)
        .filter((n) => ['Zoe Adams', 'Étienne Dubois', 'Đặng Văn Minh', 'Dao Tran'].includes(n))
    // Byte order would put É and Đ after Z.
    expect(await order('en')).toEqual(['Đặng Văn Minh', 'Dao Tran', 'Étienne Dubois', 'Zoe Adams'])
    // In Vietnamese, Đ is its own letter, after D.
    expect(await order('vi')).toEqual(['Dao Tran', 'Đặng Văn Minh', 'Étienne Dubois', 'Zoe Adams'])
  })
})

describe('UpFront! data', () => {
  it('lists published episodes and filters by guest', async () => {
    const guestSlug = (await data.search.searchArchive('en', 'jose', 'guests')).hits[0].path
      .split('/')
      .pop()
    const byGuest = await data.episodes.listEpisodes('en', { guest: guestSlug })
    expect(byGuest.items.map((e) => e.number)).toEqual([7])
    const guest = await data.guests.getGuest('en', guestSlug!)
    expect(guest?.episodes.map((e) => e.number)).toEqual([7])
  })
})

describe('by the numbers', () => {
  it('counts published work and people from the data', async () => {
    const n = await data.numbers.getNumbers()
    expect(n.writers).toBe(2) // Alice and Bob have published writing; submissions don't count
    expect(n.readers).toBe(2)
    expect(n.episodes).toBe(1)
    expect(n.guests).toBe(1)
    expect(n.events).toBe(1)
    expect(n.attendance).toBe(40)
    expect(n.languages).toEqual(['en'])
    expect(n.perYear).toEqual([{ year: new Date().getUTCFullYear(), writings: 4, artworks: 0 }])
  })

  it('leaves out a piece in the trash (the counts are asked of the database directly)', async () => {
    const trash = (deletedAt: string | null) =>
      payload.update({
        collection: 'writings',
        id: world.works.alicePublished.id,
        data: { deletedAt },
        trash: true,
        overrideAccess: true,
        depth: 0,
        context: { disableRevalidate: true },
      })
    await trash(new Date().toISOString())
    try {
      const n = await data.numbers.getNumbers()
      expect(n.writers).toBe(1) // Alice's only published piece is in the trash
      expect(n.perYear).toEqual([{ year: new Date().getUTCFullYear(), writings: 3, artworks: 0 }])
    } finally {
      await trash(null)
    }
    expect((await data.numbers.getNumbers()).writers).toBe(2)
  })
})

describe('sitemap', () => {
  it('holds public pages only', async () => {
    const paths = (await data.sitemap.listSitemapEntries()).map((e) => e.path)
    expect(paths).toContain(`/writing/${world.works.alicePublished.slug}`)
    expect(paths).toContain('/upfront/7')
    expect(paths).not.toContain('/upfront/8')
    expect(paths).not.toContain(`/writing/${world.works.aliceSubmitted.slug}`)
    expect(paths).toContain(`/contributors/${world.alice.slug}`)
    expect(paths).not.toContain(`/contributors/${world.bob.slug}`)
  })
})
