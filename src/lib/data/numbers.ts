import { unstable_cache } from 'next/cache'

import { collectionTag } from '@/hooks/revalidate'
import { getPayloadClient } from './payload'
import { asPublic, published, publicWork, relId, type ID } from './shared'

export type Numbers = {
  writers: number
  readers: number
  artists: number
  compilations: number
  episodes: number
  guests: number
  events: number
  attendance: number
  languages: string[]
  perYear: { year: number; writings: number; artworks: number }[]
}

const distinct = (ids: unknown[]) =>
  new Set(
    ids
      .map(relId)
      .filter((id): id is ID => id != null)
      .map(String),
  ).size

/**
 * "By the numbers", counted live from published data. Counting people means reading the
 * contributor link, which the public may not query; only the totals leave this function.
 */
export const getNumbers = unstable_cache(
  async (): Promise<Numbers> => {
    const payload = await getPayloadClient()
    const all = { pagination: false, depth: 0 } as const
    const [writings, artworks, exhibitions, events, episodes, compilations] = await Promise.all([
      payload.find({
        collection: 'writings',
        ...all,
        overrideAccess: true,
        draft: false,
        where: publicWork,
        select: { contributor: true, language: true, publishedAt: true },
      }),
      payload.find({
        collection: 'artworks',
        ...all,
        overrideAccess: true,
        draft: false,
        where: publicWork,
        select: { contributor: true, publishedAt: true },
      }),
      payload.find({
        collection: 'exhibitions',
        ...all,
        ...asPublic,
        where: published,
        select: { artworks: true },
      }),
      payload.find({
        collection: 'events',
        ...all,
        overrideAccess: true,
        select: { kind: true, attendance: true, featuredContributors: true },
      }),
      payload.find({
        collection: 'episodes',
        ...all,
        ...asPublic,
        where: published,
        select: { guests: true },
      }),
      payload.count({ collection: 'compilations', ...asPublic, where: published }),
    ])

    const hung = new Set(
      exhibitions.docs.flatMap((e) => (e.artworks ?? []).map((row) => String(relId(row.artwork)))),
    )
    const years = new Map<number, { writings: number; artworks: number }>()
    const tally = (date: string | null | undefined, key: 'writings' | 'artworks') => {
      if (!date) return
      const year = new Date(date).getUTCFullYear()
      const row = years.get(year) ?? { writings: 0, artworks: 0 }
      row[key] += 1
      years.set(year, row)
    }
    writings.docs.forEach((d) => tally(d.publishedAt, 'writings'))
    artworks.docs.forEach((d) => tally(d.publishedAt, 'artworks'))

    return {
      writers: distinct(writings.docs.map((d) => d.contributor)),
      readers: distinct(
        events.docs
          .filter((e) => e.kind !== 'art_show')
          .flatMap((e) => e.featuredContributors ?? []),
      ),
      artists: distinct(
        artworks.docs.filter((a) => hung.has(String(a.id))).map((a) => a.contributor),
      ),
      compilations: compilations.totalDocs,
      episodes: episodes.totalDocs,
      guests: distinct(episodes.docs.flatMap((e) => e.guests ?? [])),
      events: events.totalDocs,
      attendance: events.docs.reduce((sum, e) => sum + (e.attendance ?? 0), 0),
      languages: [...new Set(writings.docs.map((d) => d.language))].sort(),
      perYear: [...years]
        .map(([year, counts]) => ({ year, ...counts }))
        .sort((a, b) => a.year - b.year),
    }
  },
  ['numbers'],
  {
    tags: [
      collectionTag('writings'),
      collectionTag('artworks'),
      collectionTag('exhibitions'),
      collectionTag('events'),
      collectionTag('episodes'),
      collectionTag('compilations'),
    ],
  },
)
