import { unstable_cache } from 'next/cache'

import { FEED_TAGS, listFeedEpisodes } from '@/lib/data/feed'
import { podcastFeed } from '@/lib/feeds/podcast'

/**
 * The whole feed document, cached with the same tags as its data: built once per change rather
 * than per request (writing 455 episodes of show notes, chapters and guests is not free:
 * docs/scaling.md).
 */
const feedXml = unstable_cache(
  async () => podcastFeed(await listFeedEpisodes()),
  ['upfront:feed.xml'],
  { tags: FEED_TAGS },
)

/** /upfront/feed.xml: the podcast feed, from the cache (refreshed on publish). */
export async function GET() {
  return new Response(await feedXml(), {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
