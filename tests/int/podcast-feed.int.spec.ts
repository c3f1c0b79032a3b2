import { createRequire } from 'node:module'

import type { Payload } from 'payload'
import Parser from 'rss-parser'
import { describe, expect, it, vi } from 'vitest'

import { bootBeforeAll } from './helpers'
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
const base = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const

bootBeforeAll(async (booted) => {
  payload = booted
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
  const external = await payload.create({
    ...base,
    collection: 'episodes',
    data: {
      number: 14,
      season: 2,
      title: 'Hosted elsewhere',
      airDate: '2026-04-24T16:00:00.000Z',
      summary: 'An episode whose audio lives on another server.',
      audioUrl: 'https://archive.example.org/upfront/14.m4a',
      audioBytes: 48_000_123,
      audioType: 'audio/mp4',
      duration: 1830,
      image: world.image.id,
      transcript: '[00:00] HOST: Welcome back.\n[00:42] ANA: Thanks for having me.',
      _status: 'published',
    },
  })
  await payload.create({
    ...base,
    collection: 'interviews',
    data: { title: 'Ana on the strike', episode: external.id, startTime: 42, endTime: 900 },
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
    expect(feed.items.map((i) => i.title)).toEqual(['On the line <live>', 'Hosted elsewhere']) // newest first, no draft
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
    expect(second.episodes).toHaveLength(2)
    expect(second.episodes[0].title).toBe('On the line <live>')
    expect(second.episodes[0].enclosure).toMatchObject({
      length: String(world.audio.filesize),
      type: 'audio/wav',
    })
  })

  it('gives an external, seasonal episode its enclosure, artwork, chapters and timed transcript', async () => {
    const xml = podcastFeed(await listFeedEpisodes())
    const feed = await new Parser({
      customFields: {
        item: [
          ['podcast:transcript', 'transcripts', { keepArray: true }],
          ['psc:chapters', 'chapters'],
          'itunes:season',
        ],
      },
    }).parseString(xml)
    type Item = (typeof feed.items)[number] & {
      itunes?: { image?: string; duration?: string }
      transcripts?: { $: { url: string; type: string } }[]
      'itunes:season'?: string
    }
    const item: Item = feed.items.find((i) => i.title === 'Hosted elsewhere')!
    expect(item.enclosure).toEqual({
      url: 'https://archive.example.org/upfront/14.m4a',
      length: '48000123',
      type: 'audio/mp4',
    })
    expect(item['itunes:season']).toBe('2')
    expect(item.itunes?.image).toMatch(/^https?:\/\/.+\/upfront\/14\/cover\.jpg$/)
    expect(item.itunes?.duration).toBe('00:30:30')
    const transcripts = item.transcripts?.map((t: { $: { url: string; type: string } }) => t.$)
    expect(transcripts).toEqual([
      { url: expect.stringMatching(/\/upfront\/14\/transcript$/), type: 'text/html' },
      { url: expect.stringMatching(/\/upfront\/14\/transcript\.vtt$/), type: 'text/vtt' },
    ])
    expect(xml).toMatch(
      /<psc:chapters version="1.2"[^>]*>\s*<psc:chapter start="00:00:42.000" title="Ana on the strike"\/>/,
    )
    // The episode with a plain transcript offers HTML only.
    expect(xml.match(/\/upfront\/12\/transcript\.vtt/)).toBeNull()
    const second = podcastFeedParser.getPodcastFromFeed(xml)
    expect(second.episodes.find((e) => e.title === 'Hosted elsewhere')).toMatchObject({
      enclosure: { length: '48000123', type: 'audio/mp4' },
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
