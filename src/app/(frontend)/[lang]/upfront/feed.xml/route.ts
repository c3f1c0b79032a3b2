import { listFeedEpisodes } from '@/lib/data/feed'
import { podcastFeed } from '@/lib/feeds/podcast'

/** /upfront/feed.xml: the podcast feed, rebuilt from the data cache (refreshed on publish). */
export async function GET() {
  return new Response(podcastFeed(await listFeedEpisodes()), {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
