import { unstable_cache } from 'next/cache'
import type { CollectionSlug, Where } from 'payload'

import { collectionTag } from '@/lib/cache/tags'
import { getPayloadClient } from './payload'
import { asPublic, published, publicWork } from './shared'

export type SitemapEntry = { path: string; lastModified: string }

const routes: {
  collection: CollectionSlug
  where: Where | null
  key: 'slug' | 'number'
  base: string
}[] = [
  { collection: 'writings', where: publicWork, key: 'slug', base: '/writing' },
  { collection: 'artworks', where: publicWork, key: 'slug', base: '/art' },
  { collection: 'exhibitions', where: published, key: 'slug', base: '/exhibitions' },
  { collection: 'compilations', where: published, key: 'slug', base: '/compilations' },
  { collection: 'episodes', where: published, key: 'number', base: '/upfront' },
  { collection: 'guests', where: null, key: 'slug', base: '/guests' },
  { collection: 'interviews', where: null, key: 'slug', base: '/interviews' },
  { collection: 'events', where: null, key: 'slug', base: '/events' },
  {
    collection: 'contributors',
    where: { publicProfile: { equals: true } },
    key: 'slug',
    base: '/contributors',
  },
]

/** Every public document page (English paths; the sitemap adds the Spanish alternates). */
export const listSitemapEntries = unstable_cache(
  async (): Promise<SitemapEntry[]> => {
    const payload = await getPayloadClient()
    const lists = await Promise.all(
      routes.map(async (r) => {
        const { docs } = await payload.find({
          collection: r.collection,
          ...asPublic,
          ...(r.where ? { where: r.where } : {}),
          pagination: false,
          depth: 0,
          select: { [r.key]: true, updatedAt: true },
        })
        return (docs as unknown as Record<string, unknown>[])
          .filter((d) => d[r.key] != null && d[r.key] !== '')
          .map((d) => ({
            path: `${r.base}/${String(d[r.key])}`,
            lastModified: String(d.updatedAt),
          }))
      }),
    )
    return lists.flat()
  },
  ['sitemap'],
  { tags: routes.map((r) => collectionTag(r.collection)) },
)
