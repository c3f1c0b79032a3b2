/**
 * The archive at scale, for the benchmark (`npm run bench`): years of work, generated with a fixed
 * seed on top of the demo content. Everything goes through the Local API (so it works on either
 * database); revalidation, notifications and the audit log are skipped, as for any seed.
 */
import type { Payload } from 'payload'

import { ARCHIVE_SCALE, scaleContext } from './scale/context'
import { seedPrograms } from './scale/programs'
import { seedUpfront } from './scale/upfront'
import { seedWork } from './scale/work'

export { ARCHIVE_SCALE, type ArchiveScale } from './scale/context'

/**
 * Adds the archive-scale data set to a database that already holds the demo (its topics,
 * contributors and accounts are reused). Returns the number of documents of each kind created.
 */
export async function seedArchive(
  payload: Payload,
  { seed = 455, scale = ARCHIVE_SCALE, log = (line: string) => payload.logger.info(line) } = {},
) {
  const c = await scaleContext(payload, seed, scale, log)
  const work = await seedWork(c)
  const upfront = await seedUpfront(c)
  await seedPrograms(c, work)
  return {
    contributors: scale.contributors,
    writings: work.writings.length,
    artworks: work.artworks.length,
    images: work.images.length,
    guests: upfront.guests,
    episodes: upfront.episodes,
    interviews: scale.interviews,
    exhibitions: scale.exhibitions,
    compilations: scale.compilations,
    events: scale.events,
  }
}
