import { cache } from 'react'

import type { Locale } from '@/i18n'
import { artworkCardSelect, toArtworkCard, type ArtworkCard } from './artworks'
import { mediaSelect, picture, type Picture } from './media'
import { detailRead, asPublic, publicWork } from './shared'
import { toWritingCard, writingCardSelect, type WritingCard } from './writings'

export type ContributorPage = {
  slug: string
  name: string
  bio: string
  languages: string[]
  photo: Picture | null
  writings: WritingCard[]
  artworks: ArtworkCard[]
}

/**
 * A contributor who consented to a public profile, with the published work credited to their
 * name. Pen-name and anonymous pieces are never listed: that would unmask them.
 */
function readContributor(locale: Locale, slug: string): Promise<ContributorPage | null> {
  return detailRead(
    {
      collection: 'contributors',
      locale,
      slug,
      publicFilter: { publicProfile: { equals: true } },
      related: ['writings', 'artworks', 'media'],
    },
    async (payload, find) => {
      const { docs } = await payload.find({
        ...find,
        depth: 1,
        select: { displayName: true, slug: true, bio: true, languages: true, photo: true },
        populate: { media: mediaSelect },
      })
      const c = docs[0]
      if (!c) return null
      // The public may not query by contributor (it could unmask a pen name), so this one query
      // runs with access overridden and states the whole public filter itself.
      const byName = {
        and: [publicWork, { contributor: { equals: c.id } }, { credit: { equals: 'name' } }],
      }
      const [writings, artworks] = await Promise.all([
        payload.find({
          collection: 'writings',
          overrideAccess: true,
          draft: false,
          where: byName,
          sort: '-publishedAt',
          pagination: false,
          depth: 0,
          select: writingCardSelect,
        }),
        payload.find({
          collection: 'artworks',
          ...asPublic,
          overrideAccess: true,
          locale,
          where: byName,
          sort: '-publishedAt',
          pagination: false,
          depth: 1,
          select: artworkCardSelect,
          populate: { media: mediaSelect },
        }),
      ])
      return {
        slug: c.slug ?? '',
        name: c.displayName,
        bio: c.bio ?? '',
        languages: c.languages ?? [],
        photo: picture(c.photo),
        writings: writings.docs.map(toWritingCard),
        artworks: artworks.docs.map(toArtworkCard),
      }
    },
  )
}

/** Once per request: the page and its metadata ask for the same document. */
export const getContributor = cache(readContributor)
