import { cache } from 'react'
import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { collectionTag } from '@/lib/cache/tags'
import type { Locale } from '@/i18n'
import type { User, Writing } from '@/payload-types'
import { mediaSelect, picture, socialImage, type Picture, type SocialImage } from './media'
import { getPayloadClient } from './payload'
import {
  asPublic,
  PAGE_SIZE,
  creditedPeople,
  relIds,
  detailRead,
  publicWork,
  topicRefs,
  yearRange,
  countByYear,
  type ID,
  type Page,
  type ProfileRef,
  type TopicRef,
} from './shared'
import { topicIdBySlug } from './topics'

export type WritingCard = {
  id: ID
  title: string
  slug: string
  byline: string
  form: string
  language: string
  excerpt: string
  publishedAt: string | null
}

/** The fields a writing card shows, and nothing else. */
export const writingCardSelect = {
  title: true,
  slug: true,
  byline: true,
  form: true,
  language: true,
  excerpt: true,
  publishedAt: true,
} as const

export const toWritingCard = (d: Partial<Writing> & { id: ID }): WritingCard => ({
  id: d.id,
  title: d.title ?? '',
  slug: d.slug ?? '',
  byline: d.byline ?? '',
  form: d.form ?? 'other',
  language: d.language ?? 'en',
  excerpt: d.excerpt ?? '',
  publishedAt: d.publishedAt ?? null,
})

export type WritingFilters = {
  form?: string
  language?: string
  topic?: string
  year?: number
  page?: number
}

/** The writing archive: published and accepted pieces, newest first, filtered and paged. */
export const listWritings = unstable_cache(
  async (locale: Locale, filters: WritingFilters): Promise<Page<WritingCard>> => {
    const payload = await getPayloadClient()
    const and: Where[] = [publicWork]
    if (filters.form) and.push({ form: { equals: filters.form } })
    if (filters.language) and.push({ language: { equals: filters.language } })
    const topicId = await topicIdBySlug(locale, filters.topic)
    if (topicId === null) return { items: [], page: 1, totalPages: 0, totalDocs: 0 }
    if (topicId !== undefined) and.push({ topics: { in: [topicId] } })
    if (filters.year) and.push(...yearRange('publishedAt', filters.year))
    const result = await payload.find({
      collection: 'writings',
      ...asPublic,
      where: { and },
      sort: '-publishedAt',
      page: filters.page ?? 1,
      limit: PAGE_SIZE,
      depth: 0,
      select: writingCardSelect,
    })
    return {
      items: result.docs.map(toWritingCard),
      page: result.page ?? 1,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
  ['writings:list'],
  { tags: [collectionTag('writings'), collectionTag('topics')] },
)

/** Years in which writing was published, newest first, for the year filter (counted, not loaded). */
export const listWritingYears = unstable_cache(
  async (): Promise<number[]> => {
    const payload = await getPayloadClient()
    const years = await countByYear(payload, 'writings', 'publishedAt', publicWork, asPublic)
    return [...years.keys()].sort((a, b) => b - a)
  },
  ['writings:years'],
  { tags: [collectionTag('writings')] },
)

export type WritingPage = WritingCard & {
  body: Writing['body']
  topics: TopicRef[]
  topicIds: ID[]
  translationIds: ID[]
  profile: ProfileRef | null
  cover: Picture | null
  social: SocialImage | null
}

/**
 * One piece for its reading page; the contributor only when credited by name and public. With a
 * `viewer` (an editor in preview mode) the latest draft is read under their access, uncached.
 */
function readWriting(
  locale: Locale,
  slug: string,
  viewer?: User | null,
): Promise<WritingPage | null> {
  return detailRead(
    {
      collection: 'writings',
      locale,
      slug,
      publicFilter: publicWork,
      viewer,
      related: ['topics', 'contributors', 'media'],
    },
    async (payload, find) => {
      const { docs } = await payload.find({
        ...find,
        depth: 1,
        select: {
          ...writingCardSelect,
          body: true,
          topics: true,
          translations: true,
          coverImage: true,
          credit: true,
        },
        populate: {
          topics: { name: true, slug: true },
          media: mediaSelect,
          writings: { slug: true },
        },
      })
      const d = docs[0]
      if (!d) return null
      const person = (await creditedPeople(payload, 'writings', [d.id])).get(String(d.id))
      return {
        ...toWritingCard(d),
        body: d.body,
        topics: topicRefs(d.topics),
        topicIds: relIds(d.topics),
        translationIds: relIds(d.translations),
        profile: person ? { slug: person.slug, name: person.name } : null,
        cover: picture(d.coverImage, 'feature'),
        social: socialImage(d.coverImage),
      }
    },
  )
}

/** Published translations of a piece and pieces on the same topics. */
export const getWritingLinks = unstable_cache(
  async (
    id: ID,
    translationIds: ID[],
    topicIds: ID[],
  ): Promise<{ translations: WritingCard[]; related: WritingCard[] }> => {
    const payload = await getPayloadClient()
    const [translations, related] = await Promise.all([
      translationIds.length
        ? payload.find({
            collection: 'writings',
            ...asPublic,
            where: { and: [publicWork, { id: { in: translationIds } }] },
            depth: 0,
            limit: translationIds.length,
            select: writingCardSelect,
          })
        : { docs: [] },
      topicIds.length
        ? payload.find({
            collection: 'writings',
            ...asPublic,
            where: {
              and: [
                publicWork,
                { topics: { in: topicIds } },
                { id: { not_in: [id, ...translationIds] } },
              ],
            },
            sort: '-publishedAt',
            depth: 0,
            limit: 3,
            select: writingCardSelect,
          })
        : { docs: [] },
    ])
    return {
      translations: translations.docs.map(toWritingCard),
      related: related.docs.map(toWritingCard),
    }
  },
  ['writings:links'],
  { tags: [collectionTag('writings')] },
)

/** Once per request: the page and its metadata ask for the same document. */
export const getWriting = cache(readWriting)
