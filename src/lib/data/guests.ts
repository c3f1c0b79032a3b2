import { cache } from 'react'
import { unstable_cache } from 'next/cache'

import { collectionTag } from '@/lib/cache/tags'
import { collator, type Locale } from '@/i18n'
import type { Episode } from '@/payload-types'
import { toEpisodeCard, type EpisodeCard } from './episodes'
import { mediaSelect, picture, type Picture } from './media'
import { getPayloadClient } from './payload'
import { detailRead, asPublic, published, readable, type ID, type Page } from './shared'

export type GuestCard = { id: ID; slug: string; name: string; organisation: string; role: string }
const guestCardSelect = { name: true, slug: true, organisation: true, role: true } as const

const GUESTS_PER_PAGE = 60

/** Every guest's card: a small list (1,300 names and a few words each), cached until one changes. */
const allGuests = unstable_cache(
  async (): Promise<GuestCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'guests',
      overrideAccess: false,
      pagination: false,
      depth: 0,
      select: guestCardSelect,
    })
    return docs.map((g) => ({
      id: g.id,
      slug: g.slug ?? '',
      name: g.name,
      organisation: g.organisation ?? '',
      role: g.role ?? '',
    }))
  },
  ['guests:all'],
  { tags: [collectionTag('guests')] },
)

/**
 * A page of guests in the page's language's alphabetical order ("Đặng" with the Ds in
 * Vietnamese, "Étienne" with the Es everywhere; a database's byte order puts both after Z).
 */
export async function listGuests(locale: Locale, page: number): Promise<Page<GuestCard>> {
  const order = collator(locale)
  const all = [...(await allGuests())].sort((a, b) => order.compare(a.name, b.name))
  const totalPages = Math.max(1, Math.ceil(all.length / GUESTS_PER_PAGE))
  return {
    items: all.slice((page - 1) * GUESTS_PER_PAGE, page * GUESTS_PER_PAGE),
    page,
    totalPages,
    totalDocs: all.length,
  }
}

export type GuestPage = GuestCard & {
  bio: string
  photo: Picture | null
  links: { label: string; url: string }[]
  episodes: EpisodeCard[]
  interviews: { slug: string; title: string; episode: { number: number; airDate: string } | null }[]
}

/** A guest with every published episode and interview they were on, newest first. */
function readGuest(locale: Locale, slug: string): Promise<GuestPage | null> {
  return detailRead(
    {
      collection: 'guests',
      locale,
      slug,
      related: ['episodes', 'interviews', 'media'],
    },
    async (payload, find) => {
      const { docs } = await payload.find({
        ...find,
        depth: 1,
        select: { ...guestCardSelect, bio: true, photo: true, links: true },
        populate: { media: mediaSelect },
      })
      const g = docs[0]
      if (!g) return null
      const [episodes, interviews] = await Promise.all([
        payload.find({
          collection: 'episodes',
          ...asPublic,
          where: { and: [published, { guests: { in: [g.id] } }] },
          sort: '-airDate',
          pagination: false,
          depth: 0,
          select: { number: true, title: true, airDate: true, summary: true, duration: true },
        }),
        payload.find({
          collection: 'interviews',
          overrideAccess: false,
          where: { guests: { in: [g.id] } },
          pagination: false,
          depth: 1,
          select: { title: true, slug: true, episode: true },
          populate: { episodes: { number: true, airDate: true } },
        }),
      ])
      return {
        id: g.id,
        slug: g.slug ?? '',
        name: g.name,
        organisation: g.organisation ?? '',
        role: g.role ?? '',
        bio: g.bio ?? '',
        photo: picture(g.photo),
        links: (g.links ?? []).map((l) => ({ label: l.label, url: l.url })),
        episodes: episodes.docs.map(toEpisodeCard),
        interviews: interviews.docs
          .map((i) => ({
            slug: i.slug ?? '',
            title: i.title,
            episode: readable<Episode>(i.episode)
              ? { number: i.episode.number, airDate: i.episode.airDate }
              : null,
          }))
          .sort((a, b) => (b.episode?.airDate ?? '').localeCompare(a.episode?.airDate ?? '')),
      }
    },
  )
}

/** Once per request: the page and its metadata ask for the same document. */
export const getGuest = cache(readGuest)
