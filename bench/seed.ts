/**
 * The benchmark's data set: the demo, then the archive at scale (bench/scaleData.ts), into the
 * database DATABASE_URL names (the bench gives it its own file). Prints a JSON line of what it
 * made and how long it took.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { seed } from '@/seed'
import { ARCHIVE_SCALE, seedArchive } from './scaleData'

const started = performance.now()
const payload = await getPayload({ config })
await seed(payload)
// BENCH_SCALE=0.1 makes a tenth of the archive (for a quick trial of the bench itself).
const factor = Number(process.env.BENCH_SCALE ?? 1)
const scale = Object.fromEntries(
  Object.entries(ARCHIVE_SCALE).map(([k, n]) => [k, Math.max(1, Math.round(n * factor))]),
) as typeof ARCHIVE_SCALE
const counts = await seedArchive(payload, {
  scale,
  log: (line) => console.error(`[bench seed] ${line}`),
})
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ seconds, counts }))
await payload.destroy()
process.exit(0)
