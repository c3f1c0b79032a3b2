import { unstable_cache } from 'next/cache'
import type { CollectionSlug, Where } from 'payload'

import { collectionTag } from '@/lib/cache/tags'
import type { Locale } from '@/i18n'
import { foldForSearch } from '@/lib/searchText'
import { getPayloadClient } from './payload'
import { asPublic, published, publicWork } from './shared'

export const searchTypes = [
  'writings',
  'artworks',
  'episodes',
  'guests',
  'interviews',
  'events',
  'exhibitions',
  'compilations',
] as const satisfies readonly CollectionSlug[]
export type SearchType = (typeof searchTypes)[number]

export type SearchHit = { type: SearchType; title: string; path: string; detail: string }
export type SearchResults = {
  query: string
  total: number
  facets: Record<SearchType, number>
  hits: SearchHit[]
  /** With one type chosen, its results come a page at a time. */
  page: number
  totalPages: number
}

type Row = Record<string, unknown>
const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v))

/** For each type: which documents are public, what a hit shows, and where it links. */
const sources: Record<
  SearchType,
  { where: Where | null; select: Record<string, true>; sort: string; hit: (d: Row) => SearchHit }
> = {
  writings: {
    where: publicWork,
    select: { title: true, slug: true, byline: true, excerpt: true },
    sort: '-publishedAt',
    hit: (d) => ({
      type: 'writings',
      title: str(d.title),
      path: `/writing/${str(d.slug)}`,
      detail: str(d.byline),
    }),
  },
  artworks: {
    where: publicWork,
    select: { title: true, slug: true, byline: true, medium: true },
    sort: '-publishedAt',
    hit: (d) => ({
      type: 'artworks',
      title: str(d.title),
      path: `/art/${str(d.slug)}`,
      detail: [d.byline, d.medium].map(str).filter(Boolean).join(' · '),
    }),
  },
  episodes: {
    where: published,
    select: { number: true, title: true, summary: true },
    sort: '-airDate',
    hit: (d) => ({
      type: 'episodes',
      title: `${str(d.number)}. ${str(d.title)}`,
      path: `/upfront/${str(d.number)}`,
      detail: str(d.summary),
    }),
  },
  guests: {
    where: null,
    select: { name: true, slug: true, organisation: true, role: true },
    sort: 'name',
    hit: (d) => ({
      type: 'guests',
      title: str(d.name),
      path: `/guests/${str(d.slug)}`,
      detail: [d.role, d.organisation].map(str).filter(Boolean).join(', '),
    }),
  },
  interviews: {
    where: null,
    select: { title: true, slug: true, summary: true },
    sort: 'title',
    hit: (d) => ({
      type: 'interviews',
      title: str(d.title),
      path: `/interviews/${str(d.slug)}`,
      detail: str(d.summary),
    }),
  },
  events: {
    where: null,
    select: { title: true, slug: true, venue: true },
    sort: '-start',
    hit: (d) => ({
      type: 'events',
      title: str(d.title),
      path: `/events/${str(d.slug)}`,
      detail: str(d.venue),
    }),
  },
  exhibitions: {
    where: published,
    select: { title: true, slug: true, venue: true },
    sort: '-opens',
    hit: (d) => ({
      type: 'exhibitions',
      title: str(d.title),
      path: `/exhibitions/${str(d.slug)}`,
      detail: str(d.venue),
    }),
  },
  compilations: {
    where: published,
    select: { title: true, slug: true, editors: true },
    sort: '-year',
    hit: (d) => ({
      type: 'compilations',
      title: str(d.title),
      path: `/compilations/${str(d.slug)}`,
      detail: str(d.editors),
    }),
  },
}

/** Results per page when one type is chosen. */
export const SEARCH_LIMIT = 20
/** Results of each type shown under "All", each type linking to all of its results. */
export const SEARCH_PREVIEW = 5

/**
 * One search across the public archive. Every document keeps a folded copy of its public text
 * (`searchText`), so matching is case- and accent-insensitive on either database; every word
 * must appear. Facets count all matches per type. Without a type, hits are the first few of each
 * type; with one, a page of that type's hits.
 */
export const searchArchive = unstable_cache(
  async (locale: Locale, query: string, only?: SearchType, page = 1): Promise<SearchResults> => {
    const folded = foldForSearch(query)
    const facets = Object.fromEntries(searchTypes.map((t) => [t, 0])) as Record<SearchType, number>
    if (!folded) return { query, total: 0, facets, hits: [], page: 1, totalPages: 1 }
    const payload = await getPayloadClient()
    const results = await Promise.all(
      searchTypes.map(async (type) => {
        const source = sources[type]
        const match: Where = { searchText: { like: folded } }
        const result = await payload.find({
          collection: type,
          ...asPublic,
          locale,
          where: source.where ? { and: [source.where, match] } : match,
          sort: source.sort,
          limit: !only ? SEARCH_PREVIEW : only === type ? SEARCH_LIMIT : 1,
          page: only === type ? page : 1,
          depth: 0,
          select: source.select,
        })
        return { type, total: result.totalDocs, docs: result.docs as unknown as Row[] }
      }),
    )
    for (const r of results) facets[r.type] = r.total
    return {
      query,
      total: results.reduce((sum, r) => sum + r.total, 0),
      facets,
      hits: results
        .filter((r) => !only || r.type === only)
        .flatMap((r) => r.docs.map(sources[r.type].hit)),
      page: only ? page : 1,
      totalPages: only ? Math.max(1, Math.ceil(facets[only] / SEARCH_LIMIT)) : 1,
    }
  },
  ['search'],
  { tags: searchTypes.map((t) => collectionTag(t)) },
)
