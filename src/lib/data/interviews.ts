import { cache } from 'react'

import type { Locale } from '@/i18n'
import type { Episode } from '@/payload-types'
import { guestRefs, type GuestRef } from './episodes'
import { detailRead, readable, topicRefs, type TopicRef } from './shared'

export type InterviewPage = {
  slug: string
  title: string
  summary: string
  transcript: string
  startTime: number | null
  endTime: number | null
  guests: GuestRef[]
  topics: TopicRef[]
  quotes: string[]
  episode: { number: number; title: string; airDate: string } | null
}

/** An interview; its episode only when that episode is published. */
function readInterview(locale: Locale, slug: string): Promise<InterviewPage | null> {
  return detailRead(
    {
      collection: 'interviews',
      locale,
      slug,
      related: ['episodes', 'guests', 'topics'],
    },
    async (payload, find) => {
      const { docs } = await payload.find({
        ...find,
        depth: 1,
        select: {
          title: true,
          slug: true,
          summary: true,
          transcript: true,
          startTime: true,
          endTime: true,
          guests: true,
          topics: true,
          pullQuotes: true,
          episode: true,
        },
        populate: {
          guests: { name: true, slug: true, organisation: true, role: true },
          topics: { name: true, slug: true },
          episodes: { number: true, title: true, airDate: true },
        },
      })
      const d = docs[0]
      if (!d) return null
      return {
        slug: d.slug ?? '',
        title: d.title,
        summary: d.summary ?? '',
        transcript: d.transcript ?? '',
        startTime: d.startTime ?? null,
        endTime: d.endTime ?? null,
        guests: guestRefs(d.guests),
        topics: topicRefs(d.topics),
        quotes: (d.pullQuotes ?? []).map((q) => q.quote),
        episode: readable<Episode>(d.episode)
          ? { number: d.episode.number, title: d.episode.title, airDate: d.episode.airDate }
          : null,
      }
    },
  )
}

/** Once per request: the page and its metadata ask for the same document. */
export const getInterview = cache(readInterview)
