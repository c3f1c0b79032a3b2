// The shared ground of the archive-at-scale generator's steps (bench/scaleData.ts).
import type { Payload } from 'payload'

import { prng } from '../words'

export const ARCHIVE_SCALE = {
  contributors: 600,
  writings: 10_000,
  artworks: 5_000,
  distinctImages: 60,
  guests: 1_300,
  episodes: 455,
  interviews: 900,
  events: 200,
  compilations: 40,
  exhibitions: 30,
}
export type ArchiveScale = typeof ARCHIVE_SCALE

/** What every step works with: the Local API, the seeded random numbers and the demo's topics. */
export type ScaleContext = {
  payload: Payload
  r: ReturnType<typeof prng>
  scale: ArchiveScale
  log: (line: string) => void
  /** Local API options of every write: no revalidation, notification or audit entry. */
  base: {
    overrideAccess: true
    depth: 0
    context: { disableRevalidate: true; disableNotifications: true; disableAudit: true }
  }
  topics: number[]
  year: number
  /** A date within the last `years` years. */
  dateIn: (years: number) => string
}

export async function scaleContext(
  payload: Payload,
  seed: number,
  scale: ArchiveScale,
  log: (line: string) => void,
): Promise<ScaleContext> {
  const r = prng(seed)
  const year = new Date().getUTCFullYear()
  return {
    payload,
    r,
    scale,
    log,
    base: {
      overrideAccess: true,
      depth: 0,
      context: { disableRevalidate: true, disableNotifications: true, disableAudit: true },
    },
    topics: await ids(payload, 'topics'),
    year,
    dateIn: (years) =>
      new Date(Date.UTC(year - r.int(years), r.int(12), 1 + r.int(28), r.int(24))).toISOString(),
  }
}

/** The ids of every document of a collection the demo made. */
export const ids = async (payload: Payload, collection: 'topics' | 'contributors') =>
  (
    await payload.find({
      collection,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {},
    })
  ).docs.map((d) => d.id)

export /** Runs `make` for 0..count-1, `parallel` at a time, reporting progress every 1,000. */
async function each(
  label: string,
  count: number,
  make: (i: number) => Promise<unknown>,
  log: (line: string) => void,
  parallel = 4,
) {
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i < count; i = next++) {
        await make(i)
        if ((i + 1) % 1000 === 0) log(`${label}: ${i + 1} of ${count}`)
      }
    }),
  )
  log(`${label}: ${count} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
