import type { Payload } from 'payload'

import { seedContext } from './context'
import { seedAccounts, seedContributors, seedTopics } from './steps/people'
import { seedAnthologies, seedEvents, seedExhibitions } from './steps/programs'
import { seedEpisodes, seedGuests } from './steps/upfront'
import { seedArtworks, seedWritings } from './steps/work'

export { DEMO_ACCOUNTS, demoEmail, seedPassword } from './steps/people'

export type SeedReport = { created: boolean; counts: Record<string, number> }

/**
 * Demo content for Voice & Visibility, step by step (src/seed/steps/). Idempotent: every item is
 * keyed by a unique value, so running it again adds only what is missing.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const s = seedContext(payload)
  const before = await payload.count({ collection: 'writings', overrideAccess: true })

  const topicIds = await seedTopics(s)
  const contributorIds = await seedContributors(s)
  await seedAccounts(s, contributorIds)
  const writingIds = await seedWritings(s, { topicIds, contributorIds })
  const artworkIds = await seedArtworks(s, { topicIds, contributorIds })
  const guestIds = await seedGuests(s)
  await seedEpisodes(s, { guestIds, topicIds })
  const exhibitionIds = await seedExhibitions(s, artworkIds)
  await seedAnthologies(s, { writingIds, artworkIds })
  await seedEvents(s, { contributorIds, writingIds, exhibitionIds })

  const counts: Record<string, number> = {}
  for (const collection of [
    'writings',
    'artworks',
    'contributors',
    'episodes',
    'guests',
    'interviews',
    'compilations',
    'exhibitions',
    'events',
    'topics',
    'media',
    'audio',
    'users',
  ] as const) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return { created: before.totalDocs === 0, counts }
}
