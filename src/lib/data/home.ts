import { unstable_cache } from 'next/cache'

import { collectionTag } from '@/lib/cache/tags'
import type { Locale } from '@/i18n'
import { artworkCardSelect, toArtworkCard, type ArtworkCard } from './artworks'
import { listEpisodes, type EpisodeCard } from './episodes'
import { listEvents, splitEvents, type EventCard } from './events'
import { mediaSelect } from './media'
import { getPayloadClient } from './payload'
import { asPublic, publicWork } from './shared'
import { toWritingCard, writingCardSelect, type WritingCard } from './writings'

export type HomeWork = {
  featuredWritings: WritingCard[]
  featuredArtworks: ArtworkCard[]
  latestWritings: WritingCard[]
  latestArtworks: ArtworkCard[]
}

/** Featured (picked by editors) and latest published work for the home page. */
export const getHomeWork = unstable_cache(
  async (locale: Locale): Promise<HomeWork> => {
    const payload = await getPayloadClient()
    const featured = { and: [publicWork, { featured: { equals: true } }] }
    const writings = (where: typeof publicWork, limit: number) =>
      payload.find({
        collection: 'writings',
        ...asPublic,
        where,
        sort: '-publishedAt',
        limit,
        depth: 0,
        select: writingCardSelect,
      })
    const artworks = (where: typeof publicWork, limit: number) =>
      payload.find({
        collection: 'artworks',
        ...asPublic,
        locale,
        where,
        sort: '-publishedAt',
        limit,
        depth: 1,
        select: artworkCardSelect,
        populate: { media: mediaSelect },
      })
    const [fw, fa, lw, la] = await Promise.all([
      writings(featured, 2),
      artworks(featured, 2),
      writings(publicWork, 6),
      artworks(publicWork, 8),
    ])
    return {
      featuredWritings: fw.docs.map(toWritingCard),
      featuredArtworks: fa.docs.map(toArtworkCard),
      latestWritings: lw.docs.map(toWritingCard),
      latestArtworks: la.docs.map(toArtworkCard),
    }
  },
  ['home:work'],
  { tags: [collectionTag('writings'), collectionTag('artworks'), collectionTag('media')] },
)

export async function getHomeRadioAndEvents(
  locale: Locale,
): Promise<{ episode: EpisodeCard | null; nextEvent: EventCard | null }> {
  const [episodes, events] = await Promise.all([
    listEpisodes(locale, { limit: 1 }),
    listEvents(locale),
  ])
  return { episode: episodes.items[0] ?? null, nextEvent: splitEvents(events).upcoming[0] ?? null }
}
