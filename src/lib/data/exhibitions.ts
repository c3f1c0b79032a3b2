import { cache } from 'react'
import { unstable_cache } from 'next/cache'

import { collectionTag } from '@/lib/cache/tags'
import type { Locale } from '@/i18n'
import type { Artwork, Exhibition } from '@/payload-types'
import { artworkCardSelect, toArtworkCard, type ArtworkCard } from './artworks'
import { mediaSelect, picture, socialImage, type Picture, type SocialImage } from './media'
import { getPayloadClient } from './payload'
import { detailRead, asPublic, published, readable, type ID } from './shared'

export type ExhibitionCard = {
  id: ID
  title: string
  slug: string
  opens: string
  closes: string | null
  venue: string
  cover: Picture | null
  workCount: number
}

const cardSelect = {
  title: true,
  slug: true,
  opens: true,
  closes: true,
  venue: true,
  cover: true,
  artworks: true,
} as const

const firstArtwork = (rows: Exhibition['artworks']) =>
  rows?.map((r) => r.artwork).find((a): a is Artwork => readable<Artwork>(a))

export const listExhibitions = unstable_cache(
  async (locale: Locale): Promise<ExhibitionCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exhibitions',
      ...asPublic,
      locale,
      where: published,
      sort: '-opens',
      pagination: false,
      depth: 2,
      select: cardSelect,
      populate: { media: mediaSelect, artworks: { images: true } },
    })
    return docs.map((d) => ({
      id: d.id,
      title: d.title,
      slug: d.slug ?? '',
      opens: d.opens,
      closes: d.closes ?? null,
      venue: d.venue ?? '',
      cover: picture(d.cover) ?? picture(firstArtwork(d.artworks)?.images?.[0]),
      workCount: (d.artworks ?? []).filter((a) => readable(a.artwork)).length,
    }))
  },
  ['exhibitions:list'],
  { tags: [collectionTag('exhibitions'), collectionTag('artworks'), collectionTag('media')] },
)

/** Current, upcoming and past, by the dates an exhibition is open. */
export function groupExhibitions(list: ExhibitionCard[], now = new Date()) {
  const t = now.getTime()
  const opens = (e: ExhibitionCard) => new Date(e.opens).getTime()
  const closes = (e: ExhibitionCard) => (e.closes ? new Date(e.closes).getTime() : Infinity)
  return {
    current: list.filter((e) => opens(e) <= t && closes(e) >= t),
    upcoming: list.filter((e) => opens(e) > t).reverse(),
    past: list.filter((e) => closes(e) < t),
  }
}

export type ExhibitionPage = Omit<ExhibitionCard, 'workCount'> & {
  statement: Exhibition['statement']
  works: (ArtworkCard & { wallText: string })[]
  social: SocialImage | null
}

/** An exhibition walked in its hanging order; works not (or no longer) public are skipped. */
function readExhibition(locale: Locale, slug: string): Promise<ExhibitionPage | null> {
  return detailRead(
    {
      collection: 'exhibitions',
      locale,
      slug,
      publicFilter: published,
      related: ['artworks', 'media'],
    },
    async (payload, find) => {
      const { docs } = await payload.find({
        ...find,
        depth: 2,
        select: { ...cardSelect, statement: true },
        populate: { artworks: artworkCardSelect, media: mediaSelect },
      })
      const d = docs[0]
      if (!d) return null
      const works = (d.artworks ?? [])
        .filter((row) => readable<Artwork>(row.artwork))
        .map((row) => ({ ...toArtworkCard(row.artwork as Artwork), wallText: row.wallText ?? '' }))
      const cover = picture(d.cover, 'feature') ?? works[0]?.image ?? null
      return {
        id: d.id,
        title: d.title,
        slug: d.slug ?? '',
        opens: d.opens,
        closes: d.closes ?? null,
        venue: d.venue ?? '',
        cover,
        statement: d.statement,
        works,
        social: socialImage(d.cover) ?? socialImage(firstArtwork(d.artworks)?.images?.[0]),
      }
    },
  )
}

/** Once per request: the page and its metadata ask for the same document. */
export const getExhibition = cache(readExhibition)
