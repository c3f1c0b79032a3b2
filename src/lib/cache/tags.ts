import type { CollectionSlug } from 'payload'

/**
 * Cache tags, the one vocabulary every cached read and every expiry speaks: one per collection
 * (lists, feeds, home, sitemap), one per document (its pages), and one for the anonymous REST
 * reads (src/lib/cache/publicApi.ts), which any content change expires.
 */
export const collectionTag = (collection: CollectionSlug) => `collection:${collection}`
export const documentTag = (collection: CollectionSlug, key: string | number) =>
  `doc:${collection}:${key}`
export const API_TAG = 'api:public-reads'

/** The collections whose anonymous REST reads are cached under API_TAG (publicApi.ts). */
export const PUBLIC_API_COLLECTIONS = new Set([
  'writings',
  'artworks',
  'contributors',
  'media',
  'audio',
  'topics',
  'episodes',
  'interviews',
  'guests',
  'events',
  'exhibitions',
  'compilations',
])
