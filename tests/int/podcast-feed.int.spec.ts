import { createRequire } from 'node:module'

import type { Payload } from 'payload'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload } from './helpers'
import { buildWorld, type World } from './fixtures'

vi.mock('next/cache', () => ({
  unstable_cache: (fn: (...args: unknown[]) => unknown) => fn,
  revalidateTag: () => undefined,
}))

const { listFeedEpisodes } = await import('@/lib/data/feed')
const { podcastFeed, podcastGuid } = await import('@/lib/feeds/podcast')
// A second, independent parser (CommonJS).
const podcastFeedParser = createRequire(import.meta.url)('podcast-feed-parser') as {
  getPodcastFromFeed: (xml: string) => {
    meta: Record<string, unknown>
    episodes: Record<string, unknown>[]
  }
}

let payload: Payload
let world: World
let teardown: () => Promise<void>
const base = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  teardown = booted.teardown
  world = await buildWorld(payload)
  const guest = await payload.create({ ...base, collection: 'guests', data: { name: 'Ana Guest' } })
  await payload.create({
    ...base,
    collection: 'episodes',
    data: {
      number: 12,
      title: 'On the line <live>',
      airDate: '2026-05-01T16:00:00.000Z',
      summary: 'Strike talk & songs',
      audio: world.audio.id,
      guests: [guest.id],
      transcript: 'HOST: Welcome.',
      _status: 'published',
    },
  })
  await payload.create({
    ...base,
    collection: 'episodes',
    data: {
      number: 13,
      title: 'Draft episode',
      airDate: '2026-05-08T16:00:00.000Z',
      summary: 'Not yet',
      audio: world.audio.id,
      _status: 'draft',
    },
  })
})
afterAll(async () => teardown?.())

describe('the UpFront! podcast feed', () => {
  it('parses with two independent parsers and carries the channel and item tags', async () => {
    const xml = podcastFeed(await listFeedEpisodes())
    const parser = new Parser({
      customFields: {
        feed: ['itunes:owner', 'podcast:guid', 'podcast:locked'],
        item: [
          ['podcast:person', 'persons', { keepArray: true }],
          'podcast:transcript',
          'itunes:episode',
        ],
      },
    })
    const feed = await parser.parseString(xml)
    expect(feed.title).toBe('UpFront!')
    expect(feed.itunes?.image).toMatch(/\/upfront\/cover\.jpg$/)
    expect(feed.itunes?.explicit).toBe('false')
    expect(feed.itunes?.categories).toContain('News')
    expect(xml).toContain(`<podcast:guid>${podcastGuid(feed.feedUrl ?? '')}</podcast:guid>`)
    expect(xml).toMatch(/<podcast:locked owner="[^"]+">yes<\/podcast:locked>/)
    expect(xml).toMatch(/<atom:link href="[^"]+\/upfront\/feed\.xml" rel="self"/)
    expect(feed.items).toHaveLength(1) // the draft is not in the feed
    const item = feed.items[0]
    expect(item.title).toBe('On the line <live>')
    expect(item.guid).toBe('voice-and-visibility:upfront:12')
    expect(item.enclosure?.type).toBe('audio/wav')
    expect(Number(item.enclosure?.length)).toBe(world.audio.filesize)
    expect(item.enclosure?.url).toMatch(/^https?:\/\/.+\/api\/audio\/file\//)
    expect(item.pubDate).toBe('Fri, 01 May 2026 16:00:00 GMT')
    expect((item as { itunes?: { duration?: string } }).itunes?.duration).toBeTruthy()
    expect(xml).toContain('<itunes:episode>12</itunes:episode>')
    expect(xml).toContain('<itunes:episodeType>full</itunes:episodeType>')
    expect(xml).toMatch(
      /<podcast:person role="guest" href="[^"]+\/guests\/ana-guest">Ana Guest<\/podcast:person>/,
    )
    expect(xml).toMatch(
      /<podcast:transcript url="[^"]+\/upfront\/12\/transcript" type="text\/html"\/>/,
    )
    // Text becomes text: the summary's ampersand is escaped inside the HTML show notes.
    expect(item.content).toContain('<p>Strike talk &#38; songs</p>')

    const second = podcastFeedParser.getPodcastFromFeed(xml)
    expect(second.meta.title).toBe('UpFront!')
    expect(second.episodes).toHaveLength(1)
    expect(second.episodes[0].title).toBe('On the line <live>')
    expect(second.episodes[0].enclosure).toMatchObject({
      length: String(world.audio.filesize),
      type: 'audio/wav',
    })
  })

  it('keeps an episode’s guid when it is edited and published again', async () => {
    const { docs } = await payload.find({
      collection: 'episodes',
      where: { number: { equals: 12 } },
      overrideAccess: true,
    })
    await payload.update({
      ...base,
      collection: 'episodes',
      id: docs[0].id,
      data: { number: 120, title: 'Renumbered' },
    })
    const [episode] = await listFeedEpisodes()
    expect(episode.number).toBe(120)
    expect(episode.guid).toBe('voice-and-visibility:upfront:12')
  })

  it('never names the contributor of an anonymous piece (the feed holds episodes and guests only)', async () => {
    const xml = podcastFeed(await listFeedEpisodes())
    expect(xml).not.toContain('Bob Hidden')
    expect(xml).not.toContain('Secretlegal')
  })
})
