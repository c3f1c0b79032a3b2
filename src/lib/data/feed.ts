import { unstable_cache } from 'next/cache'

import { collectionTag } from '@/hooks/revalidate'
import { readTranscript } from '@/lib/transcript'
import type { Episode, Interview } from '@/payload-types'
import { audioOf, audioPopulate, audioSelect, guestRefs, type GuestRef } from './episodes'
import { getPayloadClient } from './payload'
import { asPublic, published, readable } from './shared'

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

/** Every published episode for the podcast feed, newest first. */
/** What the feed is made of: a change to any of these rebuilds it. */
export const FEED_TAGS = [
  collectionTag('episodes'),
  collectionTag('guests'),
  collectionTag('interviews'),
  collectionTag('audio'),
  collectionTag('media'),
]

export const listFeedEpisodes = unstable_cache(
  async (): Promise<FeedEpisode[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'episodes',
      ...asPublic,
      where: published,
      sort: '-airDate',
      pagination: false,
      depth: 1,
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
        interviews: true,
      },
      populate: {
        audio: audioPopulate,
        media: { filename: true },
        guests: { name: true, slug: true, organisation: true, role: true },
        interviews: { title: true, startTime: true },
      },
      joins: { interviews: { limit: 50, sort: 'startTime' } },
    })
    return docs.map((d) => {
      const audio = audioOf(d)
      const transcript = d.transcript?.trim() ? readTranscript(d.transcript) : null
      return {
        guid: d.guid || `voice-and-visibility:upfront:${d.number}`,
        number: d.number,
        season: d.season ?? null,
        title: d.title,
        summary: d.summary,
        showNotes: d.showNotes,
        airDate: d.airDate,
        duration: d.duration ?? audio?.duration ?? null,
        enclosure:
          audio?.bytes != null ? { url: audio.url, bytes: audio.bytes, type: audio.type } : null,
        hasImage: readable(d.image),
        guests: guestRefs(d.guests),
        transcript: !transcript
          ? 'none'
          : transcript.ok && transcript.transcript.timed
            ? 'timed'
            : 'plain',
        chapters: (d.interviews?.docs ?? [])
          .filter(readable<Interview>)
          .filter((i) => typeof i.startTime === 'number')
          .map((i) => ({ start: i.startTime!, title: i.title })),
      }
    })
  },
  ['feed:episodes'],
  { tags: FEED_TAGS },
)
