import { cache } from 'react'
import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { collectionTag } from '@/lib/cache/tags'
import type { Locale } from '@/i18n'
import { foldForSearch } from '@/lib/searchText'
import { transcriptOf, type Transcript } from '@/lib/transcript'
import type { Audio, Episode, Guest, Interview, Media, User } from '@/payload-types'
import {
  mediaSelect,
  picture,
  sitePath,
  socialImage,
  type Picture,
  type SocialImage,
} from './media'
import { getPayloadClient } from './payload'
import {
  asPublic,
  PAGE_SIZE,
  detailRead,
  published,
  readable,
  topicRefs,
  yearRange,
  yearsOf,
  type ID,
  type Page,
  type TopicRef,
} from './shared'
import { topicIdBySlug } from './topics'

export type GuestRef = { slug: string; name: string; organisation: string; role: string }
export type EpisodeCard = {
  id: ID
  number: number
  title: string
  airDate: string
  summary: string
  duration: number | null
  guests: GuestRef[]
}

export const guestSelect = { name: true, slug: true, organisation: true, role: true } as const
const episodeCardSelect = {
  number: true,
  title: true,
  airDate: true,
  summary: true,
  duration: true,
  guests: true,
} as const

export const guestRefs = (guests: unknown): GuestRef[] =>
  Array.isArray(guests)
    ? guests.filter(readable<Guest>).map((g) => ({
        slug: g.slug ?? '',
        name: g.name,
        organisation: g.organisation ?? '',
        role: g.role ?? '',
      }))
    : []

export const toEpisodeCard = (d: Partial<Episode> & { id: ID }): EpisodeCard => ({
  id: d.id,
  number: d.number ?? 0,
  title: d.title ?? '',
  airDate: d.airDate ?? '',
  summary: d.summary ?? '',
  duration: d.duration ?? null,
  guests: guestRefs(d.guests),
})

export type EpisodeFilters = {
  q?: string
  topic?: string
  guest?: string
  year?: number
  page?: number
  /** Page size; the archive uses PAGE_SIZE, the home page one. */
  limit?: number
}

/** The UpFront! archive, newest first: words (title, notes, guests), topic, guest and year. */
export const listEpisodes = unstable_cache(
  async (locale: Locale, filters: EpisodeFilters): Promise<Page<EpisodeCard>> => {
    const payload = await getPayloadClient()
    const empty = { items: [], page: 1, totalPages: 0, totalDocs: 0 }
    const and: Where[] = [published]
    const q = foldForSearch(filters.q ?? '')
    if (q) and.push({ searchText: { like: q } })
    const topicId = await topicIdBySlug(locale, filters.topic)
    if (topicId === null) return empty
    if (topicId !== undefined) and.push({ topics: { in: [topicId] } })
    if (filters.guest) {
      const guest = await payload.find({
        collection: 'guests',
        overrideAccess: false,
        where: { slug: { equals: filters.guest } },
        limit: 1,
        depth: 0,
        select: {},
      })
      if (!guest.docs[0]) return empty
      and.push({ guests: { in: [guest.docs[0].id] } })
    }
    if (filters.year) and.push(...yearRange('airDate', filters.year))
    const result = await payload.find({
      collection: 'episodes',
      ...asPublic,
      locale,
      where: { and },
      sort: '-airDate',
      page: filters.page ?? 1,
      limit: filters.limit ?? PAGE_SIZE,
      depth: 1,
      select: episodeCardSelect,
      populate: { guests: guestSelect },
    })
    return {
      items: result.docs.map(toEpisodeCard),
      page: result.page ?? 1,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
  ['episodes:list'],
  { tags: [collectionTag('episodes'), collectionTag('guests'), collectionTag('topics')] },
)

/**
 * Options for the archive's filters: the air years, and the name of the guest a link filters by.
 * Guests are found by words (an episode's search text holds its guests' names): a list of every
 * guest made the page ~200 KB at 1,300 guests and cost a read of every episode per render.
 */
export const listEpisodeFacets = unstable_cache(
  async (
    guestSlug?: string,
  ): Promise<{ years: number[]; guest: { slug: string; name: string } | null }> => {
    const payload = await getPayloadClient()
    const [episodes, guests] = await Promise.all([
      payload.find({
        collection: 'episodes',
        ...asPublic,
        where: published,
        pagination: false,
        depth: 0,
        select: { airDate: true },
      }),
      guestSlug
        ? payload.find({
            collection: 'guests',
            overrideAccess: false,
            where: { slug: { equals: guestSlug } },
            limit: 1,
            depth: 0,
            select: { name: true, slug: true },
          })
        : null,
    ])
    const guest = guests?.docs[0]
    return {
      years: yearsOf(episodes.docs.map((d) => d.airDate)),
      guest: guest ? { slug: guest.slug ?? '', name: guest.name } : null,
    }
  },
  ['episodes:facets'],
  { tags: [collectionTag('episodes'), collectionTag('guests')] },
)

export type Segment = {
  slug: string
  title: string
  startTime: number | null
  endTime: number | null
  guests: GuestRef[]
}
export type EpisodeAudio = {
  url: string
  type: string
  bytes: number | null
  duration: number | null
}
export type EpisodePage = EpisodeCard & {
  audio: EpisodeAudio | null
  showNotes: Episode['showNotes']
  transcript: Transcript
  season: number | null
  image: Picture | null
  /** The artwork's original file (under media/images), which the square podcast cover is cut from. */
  imageFile: string | null
  social: SocialImage | null
  topics: TopicRef[]
  segments: Segment[]
}

/** Fields of an episode's audio to select, and of its uploaded file to populate. */
export const audioSelect = {
  audio: true,
  audioUrl: true,
  audioBytes: true,
  audioType: true,
} as const
export const audioPopulate = {
  url: true,
  filename: true,
  mimeType: true,
  filesize: true,
  duration: true,
} as const

/** The episode's audio: the uploaded file, or the external URL with its stored size and type. */
export const audioOf = (
  d: Pick<Episode, 'audio' | 'audioUrl' | 'audioBytes' | 'audioType'>,
): EpisodeAudio | null => {
  if (readable<Audio>(d.audio) && d.audio.url)
    return {
      url: sitePath(d.audio.url),
      type: d.audio.mimeType ?? 'audio/mpeg',
      bytes: d.audio.filesize ?? null,
      duration: d.audio.duration ?? null,
    }
  if (d.audioUrl)
    return {
      url: d.audioUrl,
      type: d.audioType ?? 'audio/mpeg',
      bytes: d.audioBytes ?? null,
      duration: null,
    }
  return null
}

/**
 * An episode for its page: player, notes, guests, interview segments, transcript. With a
 * `viewer` (an editor previewing) the latest draft, uncached.
 */
function readEpisode(
  locale: Locale,
  number: number,
  viewer?: User | null,
): Promise<EpisodePage | null> {
  return detailRead(
    {
      collection: 'episodes',
      locale,
      key: number,
      match: { number: { equals: number } },
      publicFilter: published,
      viewer,
      related: ['guests', 'interviews', 'topics', 'audio', 'media'],
    },
    async (payload, find) => {
      const { docs } = await payload.find({
        ...find,
        depth: 2,
        select: {
          ...episodeCardSelect,
          ...audioSelect,
          season: true,
          image: true,
          showNotes: true,
          transcript: true,
          topics: true,
          interviews: true,
        },
        populate: {
          guests: guestSelect,
          topics: { name: true, slug: true },
          audio: audioPopulate,
          media: mediaSelect,
          interviews: { title: true, slug: true, startTime: true, endTime: true, guests: true },
        },
        joins: { interviews: { limit: 100, sort: 'startTime' } },
      })
      const d = docs[0]
      if (!d) return null
      const interviews = (d.interviews?.docs ?? []).filter(readable<Interview>)
      return {
        ...toEpisodeCard(d),
        audio: audioOf(d),
        showNotes: d.showNotes,
        transcript: transcriptOf(d.transcript ?? '', d.duration),
        season: d.season ?? null,
        image: picture(d.image),
        imageFile: readable<Media>(d.image) ? (d.image.filename ?? null) : null,
        social: socialImage(d.image),
        topics: topicRefs(d.topics),
        segments: interviews.map((i) => ({
          slug: i.slug ?? '',
          title: i.title,
          startTime: i.startTime ?? null,
          endTime: i.endTime ?? null,
          guests: guestRefs(i.guests),
        })),
      }
    },
  )
}

/** Once per request: the page and its metadata ask for the same document. */
export const getEpisode = cache(readEpisode)
