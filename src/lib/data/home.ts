import { unstable_cache } from 'next/cache'

import { publicWork } from '@/access/submittedWork'
import { collectionTag } from '@/hooks/revalidate'
import { getPayloadClient } from './payload'
import { imageRef, type ImageRef } from './media'

export type WritingCard = {
  id: number | string
  title: string
  slug: string
  byline: string
  form: string
  language: string
  excerpt: string
}
export type ArtworkCard = { id: number | string; title: string; slug: string; byline: string; medium: string; image: ImageRef | null }
export type EpisodeCard = { id: number | string; number: number; title: string; airDate: string; summary: string }

/** Latest published writing: only the fields a card shows, access rules applied. */
export const listLatestWritings = unstable_cache(
  async (limit: number): Promise<WritingCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'writings',
      where: publicWork,
      sort: '-publishedAt',
      limit,
      depth: 0,
      draft: false,
      overrideAccess: false,
      select: { title: true, slug: true, byline: true, form: true, language: true, excerpt: true },
    })
    return docs.map((d) => ({
      id: d.id,
      title: d.title,
      slug: d.slug ?? '',
      byline: d.byline ?? '',
      form: d.form,
      language: d.language,
      excerpt: d.excerpt ?? '',
    }))
  },
  ['home:writings'],
  { tags: [collectionTag('writings')] },
)

export const listLatestArtworks = unstable_cache(
  async (limit: number): Promise<ArtworkCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'artworks',
      where: publicWork,
      sort: '-publishedAt',
      limit,
      depth: 1,
      draft: false,
      overrideAccess: false,
      select: { title: true, slug: true, byline: true, medium: true, images: true },
      populate: { media: { alt: true, url: true, width: true, height: true, sizes: true } },
    })
    return docs.map((d) => ({
      id: d.id,
      title: d.title,
      slug: d.slug ?? '',
      byline: d.byline ?? '',
      medium: d.medium ?? '',
      image: imageRef(d.images?.[0], 'card'),
    }))
  },
  ['home:artworks'],
  { tags: [collectionTag('artworks'), collectionTag('media')] },
)

export const listLatestEpisodes = unstable_cache(
  async (limit: number): Promise<EpisodeCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'episodes',
      where: { _status: { equals: 'published' } },
      sort: '-airDate',
      limit,
      depth: 0,
      draft: false,
      overrideAccess: false,
      select: { number: true, title: true, airDate: true, summary: true },
    })
    return docs.map((d) => ({ id: d.id, number: d.number, title: d.title, airDate: d.airDate, summary: d.summary }))
  },
  ['home:episodes'],
  { tags: [collectionTag('episodes')] },
)
