import { cache } from 'react'
import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { collectionTag } from '@/lib/cache/tags'
import type { Locale } from '@/i18n'
import type { Artwork, Event, Exhibition, Writing } from '@/payload-types'
import { getPayloadClient } from './payload'
import { detailRead, publicPeople, readable, relIds, type ID } from './shared'

export type EventCard = {
  id: ID
  slug: string
  title: string
  kind: Event['kind']
  start: string
  end: string | null
  venue: string
  attendance: number | null
}

const eventCardSelect = {
  slug: true,
  title: true,
  kind: true,
  start: true,
  end: true,
  venue: true,
  attendance: true,
} as const

const toEventCard = (d: Partial<Event> & { id: ID }): EventCard => ({
  id: d.id,
  slug: d.slug ?? '',
  title: d.title ?? '',
  kind: d.kind ?? 'other',
  start: d.start ?? '',
  end: d.end ?? null,
  venue: d.venue ?? '',
  attendance: d.attendance ?? null,
})

/** Every event, newest first (the page splits upcoming from past at request time). */
export const listEvents = unstable_cache(
  async (locale: Locale): Promise<EventCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      locale,
      sort: '-start',
      pagination: false,
      depth: 0,
      select: eventCardSelect,
    })
    return docs.map(toEventCard)
  },
  ['events:list'],
  { tags: [collectionTag('events')] },
)

/** Over once its end (or, without one, its start) has passed. */
export const isPastEvent = (e: Pick<EventCard, 'start' | 'end'>, now = new Date()) =>
  new Date(e.end ?? e.start).getTime() < now.getTime()

export function splitEvents(list: EventCard[], now = new Date()) {
  const isPast = (e: EventCard) => isPastEvent(e, now)
  return {
    upcoming: list.filter((e) => !isPast(e)).reverse(),
    past: list.filter(isPast),
  }
}

export type EventPage = EventCard & {
  address: string
  description: Event['description']
  accessibilityNotes: string
  registrationUrl: string
  people: { name: string; slug: string }[]
  works: { kind: 'writing' | 'artwork'; title: string; slug: string; byline: string }[]
  exhibition: { title: string; slug: string } | null
}

/** An event with its public readers (consented profiles), public works and exhibition. */
function readEvent(locale: Locale, slug: string): Promise<EventPage | null> {
  return detailRead(
    {
      collection: 'events',
      locale,
      slug,
      related: ['contributors', 'writings', 'artworks', 'exhibitions'],
    },
    async (payload, find) => {
      const { docs } = await payload.find({
        ...find,
        depth: 1,
        select: {
          ...eventCardSelect,
          address: true,
          description: true,
          accessibilityNotes: true,
          registrationUrl: true,
          works: true,
          exhibition: true,
        },
        populate: {
          writings: { title: true, slug: true, byline: true },
          artworks: { title: true, slug: true, byline: true },
          exhibitions: { title: true, slug: true },
        },
      })
      const d = docs[0]
      if (!d) return null
      return {
        ...toEventCard(d),
        people: await featuredPeople(payload, d.id),
        address: d.address ?? '',
        description: d.description,
        accessibilityNotes: d.accessibilityNotes ?? '',
        registrationUrl: d.registrationUrl ?? '',
        works: (d.works ?? [])
          .filter((w) => readable<Writing | Artwork>(w.value))
          .map((w) => {
            const work = w.value as Writing | Artwork
            return {
              kind: w.relationTo === 'writings' ? ('writing' as const) : ('artwork' as const),
              title: work.title,
              slug: work.slug ?? '',
              byline: work.byline ?? '',
            }
          }),
        exhibition: readable<Exhibition>(d.exhibition)
          ? { title: d.exhibition.title, slug: d.exhibition.slug ?? '' }
          : null,
      }
    },
  )
}

export type CalendarEvent = EventCard & { address: string; accessibilityNotes: string }

/** Every event for the iCal feed. */
export const listCalendarEvents = unstable_cache(
  async (locale: Locale): Promise<CalendarEvent[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      locale,
      sort: 'start',
      pagination: false,
      depth: 0,
      select: { ...eventCardSelect, address: true, accessibilityNotes: true },
    })
    return docs.map((d) => ({
      ...toEventCard(d),
      address: d.address ?? '',
      accessibilityNotes: d.accessibilityNotes ?? '',
    }))
  },
  ['events:calendar'],
  { tags: [collectionTag('events')] },
)

/**
 * Who an event features, only those with a public profile. The link is not public (an id could
 * tie a person to the anonymous work the event shows), so it is read with the server's rights
 * and only names and slugs leave here.
 */
async function featuredPeople(payload: Payload, eventId: ID) {
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    overrideAccess: true,
    depth: 0,
    select: { featuredContributors: true },
  })
  const ids = relIds(event.featuredContributors)
  const people = await publicPeople(payload, ids)
  return ids
    .map((id) => people.get(String(id)))
    .filter((p) => p !== undefined)
    .map(({ name, slug }) => ({ name, slug }))
}

/** Once per request: the page and its metadata ask for the same document. */
export const getEvent = cache(readEvent)
