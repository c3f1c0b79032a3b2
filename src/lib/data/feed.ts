import { unstable_cache } from 'next/cache'

import { collectionTag } from '@/hooks/revalidate'
import type { Audio, Episode } from '@/payload-types'
import { guestRefs, type GuestRef } from './episodes'
import { sitePath } from './media'
import { getPayloadClient } from './payload'
import { asPublic, published, readable } from './shared'

export type FeedEpisode = {
  guid: string
  number: number
  title: string
  summary: string
  showNotes: Episode['showNotes']
  airDate: string
  duration: number | null
  enclosure: { url: string; bytes: number; type: string } | null
  guests: GuestRef[]
  hasTranscript: boolean
}

/** Every published episode for the podcast feed, newest first. */
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
        title: true,
        summary: true,
        showNotes: true,
        airDate: true,
        duration: true,
        audio: true,
        audioUrl: true,
        audioBytes: true,
        guests: true,
        transcript: true,
      },
      populate: {
        audio: { url: true, filename: true, mimeType: true, filesize: true, duration: true },
        guests: { name: true, slug: true, organisation: true, role: true },
      },
    })
    return docs.map((d) => {
      const file = readable<Audio>(d.audio) && d.audio.url ? d.audio : null
      const enclosure = file
        ? {
            url: sitePath(file.url!),
            bytes: file.filesize ?? 0,
            type: file.mimeType ?? 'audio/mpeg',
          }
        : d.audioUrl && d.audioBytes
          ? { url: d.audioUrl, bytes: d.audioBytes, type: 'audio/mpeg' }
          : null
      return {
        guid: d.guid || `voice-and-visibility:upfront:${d.number}`,
        number: d.number,
        title: d.title,
        summary: d.summary,
        showNotes: d.showNotes,
        airDate: d.airDate,
        duration: d.duration ?? file?.duration ?? null,
        enclosure,
        guests: guestRefs(d.guests),
        hasTranscript: Boolean(d.transcript),
      }
    })
  },
  ['feed:episodes'],
  { tags: [collectionTag('episodes'), collectionTag('guests'), collectionTag('audio')] },
)
