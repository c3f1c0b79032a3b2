import { collectionTag } from '@/lib/cache/tags'
import { relId, relIds, type ID } from '@/lib/relations'
import { readTranscript } from '@/lib/transcript'
import type { Audio, Episode, Guest, Interview, Media } from '@/payload-types'
import {
  audioOf,
  audioPopulate,
  audioSelect,
  guestRefs,
  guestSelect,
  type GuestRef,
} from './episodes'
import { getPayloadClient } from './payload'
import { asPublic, published } from './shared'

export type FeedEpisode = {
  guid: string
  number: number
  season: number | null
  title: string
  summary: string
  showNotes: Episode['showNotes']
  airDate: string
  duration: number | null
  enclosure: { url: string; bytes: number; type: string } | null
  hasImage: boolean
  guests: GuestRef[]
  transcript: 'none' | 'plain' | 'timed'
  chapters: { start: number; title: string }[]
}

/** What the feed is made of: a change to any of these rebuilds it. */
export const FEED_TAGS = [
  collectionTag('episodes'),
  collectionTag('guests'),
  collectionTag('interviews'),
  collectionTag('audio'),
  collectionTag('media'),
]

/**
 * Every published episode for the podcast feed, newest first. Not cached by itself: the feed
 * document made from it is (feed.xml/route.ts), so this runs once per change. Episodes are read
 * at depth 0, and what they point at (guests, audio, artwork, interview segments) in one read per
 * collection, each as the public reads it, rather than populating each episode's relationships
 * (measured in docs/scaling.md, "Indexes and reads").
 */
export async function listFeedEpisodes(): Promise<FeedEpisode[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'episodes',
    ...asPublic,
    where: published,
    sort: '-airDate',
    pagination: false,
    depth: 0,
    select: {
      guid: true,
      number: true,
      season: true,
      title: true,
      summary: true,
      showNotes: true,
      airDate: true,
      duration: true,
      ...audioSelect,
      image: true,
      guests: true,
      transcript: true,
    },
  })
  const ids = (rels: unknown[]) => [...new Set(relIds(rels))]
  const byId = async <T extends { id: ID }>(
    collection: 'guests' | 'audio' | 'media',
    wanted: ID[],
    select: Record<string, true>,
  ) => {
    if (!wanted.length) return new Map<ID, T>()
    const found = await payload.find({
      collection,
      ...asPublic,
      where: { id: { in: wanted } },
      pagination: false,
      depth: 0,
      select,
    })
    return new Map(found.docs.map((d) => [d.id, d as unknown as T]))
  }
  const [guests, audio, images, interviews] = await Promise.all([
    byId<Guest>('guests', ids(docs.flatMap((d) => d.guests ?? [])), guestSelect),
    byId<Audio>('audio', ids(docs.map((d) => d.audio)), audioPopulate),
    byId<Media>('media', ids(docs.map((d) => d.image)), { filename: true }),
    payload.find({
      collection: 'interviews',
      ...asPublic,
      where: { episode: { in: docs.map((d) => d.id) } },
      sort: 'startTime',
      pagination: false,
      depth: 0,
      select: { title: true, startTime: true, episode: true },
    }),
  ])
  const chapters = new Map<ID, { start: number; title: string }[]>()
  for (const i of interviews.docs as Interview[]) {
    const episode = relId(i.episode)
    if (episode === undefined || typeof i.startTime !== 'number') continue
    chapters.set(episode, [
      ...(chapters.get(episode) ?? []),
      { start: i.startTime, title: i.title },
    ])
  }
  const pick = <T>(map: Map<ID, T>, rel: unknown) => {
    const id = relId(rel)
    return id === undefined ? undefined : map.get(id)
  }
  return docs.map((d) => {
    const episodeAudio = audioOf({ ...d, audio: pick(audio, d.audio) ?? null })
    const transcript = d.transcript?.trim() ? readTranscript(d.transcript) : null
    return {
      guid: d.guid || `voice-and-visibility:upfront:${d.number}`,
      number: d.number,
      season: d.season ?? null,
      title: d.title,
      summary: d.summary,
      showNotes: d.showNotes,
      airDate: d.airDate,
      duration: d.duration ?? episodeAudio?.duration ?? null,
      enclosure:
        episodeAudio?.bytes != null
          ? { url: episodeAudio.url, bytes: episodeAudio.bytes, type: episodeAudio.type }
          : null,
      hasImage: !!pick(images, d.image),
      guests: guestRefs((d.guests ?? []).map((g) => pick(guests, g))),
      transcript: !transcript
        ? 'none'
        : transcript.ok && transcript.transcript.timed
          ? 'timed'
          : 'plain',
      chapters: chapters.get(d.id) ?? [],
    }
  })
}
