import { createHash } from 'node:crypto'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { Podcast } from 'podcast'

import type { FeedEpisode } from '@/lib/data/feed'
import { serverURL } from '@/lib/env'
import { vttClock } from '@/lib/transcript'

export const SHOW = {
  title: 'UpFront!',
  author: 'Voice & Visibility',
  description:
    'UpFront! is the weekly worker radio show on social justice from the Voice & Visibility worker-education program: interviews with organisers, workers and neighbours.',
  ownerName: 'Voice & Visibility editors',
  ownerEmail: process.env.PODCAST_OWNER_EMAIL ?? 'editors@voice-and-visibility.example',
  category: 'News',
  subcategory: 'Politics',
}

/** Podcasting 2.0 `podcast:guid`: a UUID v5 of the feed URL without its scheme. */
export function podcastGuid(feedUrl: string): string {
  const ns = Buffer.from('ead4c236bf5858c6a2c6a6b28d128cb6', 'hex')
  const hash = createHash('sha1')
    .update(
      Buffer.concat([ns, Buffer.from(feedUrl.replace(/^[a-z]+:\/\//i, '').replace(/\/$/, ''))]),
    )
    .digest()
  hash[6] = (hash[6] & 0x0f) | 0x50
  hash[8] = (hash[8] & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const abs = (path: string) => (/^https?:\/\//.test(path) ? path : `${serverURL}${path}`)

/** Show notes as safe HTML: the converter escapes text, so nothing typed becomes markup. */
const notesHtml = (e: FeedEpisode) => {
  const html =
    e.showNotes && typeof e.showNotes === 'object'
      ? convertLexicalToHTML({ data: e.showNotes as SerializedEditorState, disableContainer: true })
      : ''
  return html || `<p>${e.summary.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`
}

/**
 * The UpFront! feed: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, made by the
 * `podcast` library. Episodes without a playable enclosure are left out (apps reject them).
 */
export function podcastFeed(episodes: FeedEpisode[]): string {
  const feedUrl = abs('/upfront/feed.xml')
  const feed = new Podcast({
    title: SHOW.title,
    description: SHOW.description,
    feedUrl,
    siteUrl: abs('/upfront'),
    imageUrl: abs('/upfront/cover.jpg'),
    author: SHOW.author,
    language: 'en',
    copyright: `© ${new Date().getUTCFullYear()} ${SHOW.author}`,
    ttl: 60,
    itunesAuthor: SHOW.author,
    itunesSummary: SHOW.description,
    itunesOwner: { name: SHOW.ownerName, email: SHOW.ownerEmail },
    itunesExplicit: false,
    itunesType: 'episodic',
    itunesCategory: [{ text: SHOW.category, subcats: [{ text: SHOW.subcategory }] }],
    itunesImage: abs('/upfront/cover.jpg'),
    namespaces: { iTunes: true, podcast: true, simpleChapters: true },
    customElements: [
      { 'podcast:guid': podcastGuid(feedUrl) },
      { 'podcast:locked': [{ _attr: { owner: SHOW.ownerEmail } }, 'yes'] },
    ],
  })
  for (const e of episodes) {
    if (!e.enclosure) continue
    const page = `/upfront/${e.number}`
    feed.addItem({
      title: e.title,
      description: notesHtml(e),
      url: abs(page),
      guid: e.guid,
      date: new Date(e.airDate),
      enclosure: { url: abs(e.enclosure.url), size: e.enclosure.bytes, type: e.enclosure.type },
      itunesDuration: e.duration ? Math.round(e.duration) : undefined,
      itunesEpisode: e.number,
      itunesSeason: e.season ?? undefined,
      itunesEpisodeType: 'full',
      itunesSummary: e.summary,
      itunesExplicit: false,
      itunesImage: e.hasImage ? abs(`${page}/cover.jpg`) : undefined,
      pscChapters: e.chapters.length
        ? {
            version: '1.2',
            chapter: e.chapters.map((c) => ({ start: vttClock(c.start), title: c.title })),
          }
        : undefined,
      customElements: [
        ...e.guests.map((g) => ({
          'podcast:person': [{ _attr: { role: 'guest', href: abs(`/guests/${g.slug}`) } }, g.name],
        })),
        ...(e.transcript === 'none'
          ? []
          : [
              {
                'podcast:transcript': {
                  _attr: { url: abs(`${page}/transcript`), type: 'text/html' },
                },
              },
            ]),
        ...(e.transcript === 'timed'
          ? [
              {
                'podcast:transcript': {
                  _attr: { url: abs(`${page}/transcript.vtt`), type: 'text/vtt' },
                },
              },
            ]
          : []),
      ],
    })
  }
  return feed.buildXml({ indent: '  ' })
}
