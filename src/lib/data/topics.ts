import { unstable_cache } from 'next/cache'

import { collectionTag } from '@/lib/cache/tags'
import { collator, type Locale } from '@/i18n'
import { getPayloadClient } from './payload'
import type { ID, TopicRef } from './shared'

export type TopicOption = TopicRef & { id: ID }

/** Every topic in the page's language, for filters, in that language's alphabetical order. */
export const listTopics = unstable_cache(
  async (locale: Locale): Promise<TopicOption[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'topics',
      locale,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      select: { name: true, slug: true },
    })
    const order = collator(locale)
    return docs
      .map((d) => ({ id: d.id, slug: d.slug ?? '', name: d.name }))
      .sort((a, b) => order.compare(a.name, b.name))
  },
  ['topics:list'],
  { tags: [collectionTag('topics')] },
)

export async function topicIdBySlug(locale: Locale, slug: string | undefined) {
  if (!slug) return undefined
  return (await listTopics(locale)).find((t) => t.slug === slug)?.id ?? null
}
