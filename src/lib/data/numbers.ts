import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { collectionTag } from '@/lib/cache/tags'
import { getPayloadClient } from './payload'
import {
  asPublic,
  countByYear,
  distinctValues,
  published,
  publicWork,
  relId,
  type ID,
} from './shared'

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

const distinctIds = (ids: unknown[]) =>
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
    const access = { overrideAccess: true, draft: false }
    // Distinct values and counts are the database's work: the archive's 10,000 pieces are never
    // loaded (distinctValues asks the adapter; only totals leave this function).
    const distinctCount = async (
      collection: 'writings' | 'artworks' | 'episodes',
      field: string,
      where: Where,
    ) => (await distinctValues(payload, collection, field, where, 1)).totalDocs
    const [
      writers,
      languages,
      writingYears,
      artworkYears,
      exhibitions,
      events,
      episodes,
      compilations,
      guests,
    ] = await Promise.all([
      distinctCount('writings', 'contributor', publicWork),
      distinctValues(payload, 'writings', 'language', publicWork),
      countByYear(payload, 'writings', 'publishedAt', publicWork, access),
      countByYear(payload, 'artworks', 'publishedAt', publicWork, access),
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
      payload.count({ collection: 'episodes', ...asPublic, where: published }),
      payload.count({ collection: 'compilations', ...asPublic, where: published }),
      // Guests heard on published episodes: distinct values of the relationship, counted by the
      // database rather than by loading every episode (docs/scaling.md, "Indexes and reads").
      distinctCount('episodes', 'guests', published),
    ])

    // Artists: contributors of published artworks hung in a published exhibition.
    const hung = [
      ...new Set(
        exhibitions.docs.flatMap((e) => (e.artworks ?? []).map((row) => relId(row.artwork))),
      ),
    ].filter((id): id is ID => id != null)
    const artists = hung.length
      ? await distinctCount('artworks', 'contributor', {
          and: [publicWork, { id: { in: hung } }],
        })
      : 0
    const years = new Map<number, { writings: number; artworks: number }>()
    for (const [year, n] of writingYears) years.set(year, { writings: n, artworks: 0 })
    for (const [year, n] of artworkYears)
      years.set(year, { writings: years.get(year)?.writings ?? 0, artworks: n })

    return {
      writers,
      readers: distinctIds(
        events.docs
          .filter((e) => e.kind !== 'art_show')
          .flatMap((e) => e.featuredContributors ?? []),
      ),
      artists,
      compilations: compilations.totalDocs,
      episodes: episodes.totalDocs,
      guests,
      events: events.totalDocs,
      attendance: events.docs.reduce((sum, e) => sum + (e.attendance ?? 0), 0),
      languages: languages.values.map((v) => String(v.language)).sort(),
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
