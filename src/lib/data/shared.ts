import { unstable_cache } from 'next/cache'
import type { CollectionSlug, Payload, Where } from 'payload'

import { publicWork } from '@/access/submittedWork'
import { collectionTag, documentTag } from '@/lib/cache/tags'
import type { Locale } from '@/i18n'
import type { User } from '@/payload-types'
import { relId, relIds, type ID } from '@/lib/relations'
import { getPayloadClient } from './payload'

export type { ID }
export { relId, relIds }
export { publicWork }

/** Published documents of editor-made, draft-enabled collections. */
export const published: Where = { _status: { equals: 'published' } }

/** Every public read: the access rules apply and only the published version is read. */
export const asPublic = { overrideAccess: false, draft: false } as const

/** An editor previewing reads the latest draft under their own access; everyone else as public. */
const previewOr = (viewer: User | null | undefined) =>
  viewer ? ({ overrideAccess: false, draft: true, user: viewer } as const) : asPublic

/**
 * What a detail page's read spreads into its Local API `find`: the collection, access, draft,
 * user, locale and match.
 */
export type FindOne<C extends CollectionSlug> = ReturnType<typeof previewOr> & {
  collection: C
  locale: Locale
  where: Where
  limit: 1
}

/**
 * One document of `collection` for its detail page, found by its `slug` (or by `match`, named by
 * `key`: an episode's number) among those the public may see (`publicFilter`, on top of the access
 * rules). For the public it comes from the data cache, keyed by collection, locale and key, and
 * expired by the document's tag and the `related` collections' tags; for an editor previewing
 * (`viewer`) it is read fresh, latest draft included. `load` spreads `find` into its Local API call
 * and adds the depth, select and populate.
 */
export function detailRead<C extends CollectionSlug, T>(
  page: {
    collection: C
    locale: Locale
    related: CollectionSlug[]
    publicFilter?: Where
    viewer?: User | null
  } & ({ slug: string } | { key: string | number; match: Where }),
  load: (payload: Payload, find: FindOne<C>) => Promise<T>,
): Promise<T> {
  const { collection, viewer, publicFilter } = page
  const [key, match] =
    'slug' in page ? [page.slug, { slug: { equals: page.slug } }] : [page.key, page.match]
  const find: FindOne<C> = {
    collection,
    ...previewOr(viewer),
    locale: page.locale,
    where: viewer || !publicFilter ? match : { and: [publicFilter, match] },
    limit: 1,
  }
  const read = async () => load(await getPayloadClient(), find)
  if (viewer) return read()
  const tags = [documentTag(collection, key), ...page.related.map(collectionTag)]
  return unstable_cache(read, [`${collection}:page`, page.locale, String(key)], { tags })()
}

export const PAGE_SIZE = 24

export type Page<T> = { items: T[]; page: number; totalPages: number; totalDocs: number }

/** A populated relationship the reader may see; ids left unpopulated were not readable. */
export const readable = <T extends object>(rel: unknown): rel is T =>
  !!rel && typeof rel === 'object'

/** Years as a publishedAt/airDate range, the same on SQLite and MongoDB. */
export const yearRange = (field: string, year: number): Where[] => [
  { [field]: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } },
  { [field]: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
]

/**
 * How many documents match in each year of a date field, counted by the database: the first and
 * last dates, then one count per year between them. Nothing is loaded, whatever the archive's size.
 */
export async function countByYear(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  where: Where,
  access: { overrideAccess: boolean; draft?: boolean },
): Promise<Map<number, number>> {
  const edge = (sort: string) =>
    payload.find({
      collection,
      ...access,
      where: { and: [where, { [field]: { exists: true } }] },
      sort,
      limit: 1,
      depth: 0,
      select: { [field]: true },
    })
  const [first, last] = await Promise.all([edge(field), edge(`-${field}`)])
  const date = (doc: unknown) => (doc as Record<string, string> | undefined)?.[field]
  const from = date(first.docs[0])
  const to = date(last.docs[0])
  const counts = new Map<number, number>()
  if (!from || !to) return counts
  const years: number[] = []
  for (let y = new Date(from).getUTCFullYear(); y <= new Date(to).getUTCFullYear(); y++)
    years.push(y)
  const totals = await Promise.all(
    years.map((year) =>
      payload.count({ collection, ...access, where: { and: [where, ...yearRange(field, year)] } }),
    ),
  )
  years.forEach((year, i) => totals[i].totalDocs > 0 && counts.set(year, totals[i].totalDocs))
  return counts
}

export const yearsOf = (dates: (string | null | undefined)[]) =>
  [...new Set(dates.filter(Boolean).map((d) => new Date(d as string).getUTCFullYear()))].sort(
    (a, b) => b - a,
  )

export type { ProfileRef, PublicPerson } from './people'
export { creditedPeople, publicPeople } from './people'

export type TopicRef = { slug: string; name: string }
export const topicRefs = (topics: unknown): TopicRef[] =>
  Array.isArray(topics)
    ? topics
        .filter((t) => readable<{ slug?: string; name?: string }>(t))
        .map((t) => ({ slug: String(t.slug ?? ''), name: String(t.name ?? '') }))
    : []

/**
 * Distinct values of a field among documents not in the trash, asked of the database adapter
 * (on SQLite and MongoDB alike). Payload's findDistinct operation refuses fields whose read access
 * needs a document (the contributor link), so callers use this and let only totals leave them.
 * With `limit: 1`, `totalDocs` is how many distinct values there are.
 */
export function distinctValues(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  where: Where,
  limit?: number,
) {
  return payload.db.findDistinct({
    collection,
    field,
    sort: field,
    where: { and: [where, { deletedAt: { exists: false } }, { [field]: { exists: true } }] },
    limit,
  })
}
