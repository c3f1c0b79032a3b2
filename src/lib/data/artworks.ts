import { cache } from 'react'
import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { collectionTag } from '@/lib/cache/tags'
import type { Locale } from '@/i18n'
import type { Artwork, User } from '@/payload-types'
import { mediaSelect, picture, socialImage, type Picture, type SocialImage } from './media'
import { getPayloadClient } from './payload'
import {
  asPublic,
  PAGE_SIZE,
  creditedPeople,
  detailRead,
  publicWork,
  published,
  topicRefs,
  yearRange,
  type ID,
  type Page,
  type ProfileRef,
  type TopicRef,
} from './shared'
import { topicIdBySlug } from './topics'

export type ArtworkCard = {
  id: ID
  title: string
  slug: string
  byline: string
  medium: string
  year: number | null
  image: Picture | null
}

export const artworkCardSelect = {
  title: true,
  slug: true,
  byline: true,
  medium: true,
  year: true,
  images: true,
} as const

/** Only the first image of a card is shown, so only its fields are populated. */
export const toArtworkCard = (d: Partial<Artwork> & { id: ID }): ArtworkCard => ({
  id: d.id,
  title: d.title ?? '',
  slug: d.slug ?? '',
  byline: d.byline ?? '',
  medium: d.medium ?? '',
  year: d.year ?? null,
  image: picture(d.images?.[0]),
})

export type ArtworkFilters = { topic?: string; year?: number; page?: number }

export const listArtworks = unstable_cache(
  async (locale: Locale, filters: ArtworkFilters): Promise<Page<ArtworkCard>> => {
    const payload = await getPayloadClient()
    const and: Where[] = [publicWork]
    const topicId = await topicIdBySlug(locale, filters.topic)
    if (topicId === null) return { items: [], page: 1, totalPages: 0, totalDocs: 0 }
    if (topicId !== undefined) and.push({ topics: { in: [topicId] } })
    if (filters.year) and.push(...yearRange('publishedAt', filters.year))
    const result = await payload.find({
      collection: 'artworks',
      ...asPublic,
      locale,
      where: { and },
      sort: '-publishedAt',
      page: filters.page ?? 1,
      limit: PAGE_SIZE,
      depth: 1,
      select: artworkCardSelect,
      populate: { media: mediaSelect },
    })
    return {
      items: result.docs.map(toArtworkCard),
      page: result.page ?? 1,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
  ['artworks:list'],
  { tags: [collectionTag('artworks'), collectionTag('media'), collectionTag('topics')] },
)

export type ArtworkPage = ArtworkCard & {
  images: Picture[]
  dimensions: string
  statement: Artwork['statement']
  topics: TopicRef[]
  profile: ProfileRef | null
  social: SocialImage | null
}

/** An artwork for its page; with a `viewer` (an editor previewing) the latest draft, uncached. */
function readArtwork(
  locale: Locale,
  slug: string,
  viewer?: User | null,
): Promise<ArtworkPage | null> {
  return detailRead(
    {
      collection: 'artworks',
      locale,
      slug,
      publicFilter: publicWork,
      viewer,
      related: ['media', 'topics', 'contributors'],
    },
    async (payload, find) => {
      const { docs } = await payload.find({
        ...find,
        depth: 1,
        select: {
          ...artworkCardSelect,
          dimensions: true,
          statement: true,
          topics: true,
          credit: true,
        },
        populate: {
          topics: { name: true, slug: true },
          media: mediaSelect,
        },
      })
      const d = docs[0]
      if (!d) return null
      const person = (await creditedPeople(payload, 'artworks', [d.id])).get(String(d.id))
      return {
        ...toArtworkCard(d),
        images: (d.images ?? []).map((m) => picture(m, 'feature')).filter((p): p is Picture => !!p),
        dimensions: d.dimensions ?? '',
        statement: d.statement,
        topics: topicRefs(d.topics),
        profile: person ? { slug: person.slug, name: person.name } : null,
        social: socialImage(d.images?.[0]),
      }
    },
  )
}

/** Published exhibitions that hung an artwork. */
export const listExhibitionsOfArtwork = unstable_cache(
  async (id: ID) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exhibitions',
      ...asPublic,
      where: { and: [published, { 'artworks.artwork': { equals: id } }] },
      sort: '-opens',
      depth: 0,
      limit: 50,
      select: { title: true, slug: true, opens: true, venue: true },
    })
    return docs.map((d) => ({
      title: d.title,
      slug: d.slug ?? '',
      opens: d.opens,
      venue: d.venue ?? '',
    }))
  },
  ['artworks:exhibitions'],
  { tags: [collectionTag('exhibitions')] },
)

/** Once per request: the page and its metadata ask for the same document. */
export const getArtwork = cache(readArtwork)
