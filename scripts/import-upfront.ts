/**
 * npm run import:upfront -- <file> [--dry-run]
 *
 * Imports an UpFront! archive (a CSV, or an RSS/podcast feed file) into the configured database:
 * episodes, guests and interviews. Shows a progress bar on a terminal and a report at the end.
 * Exit status: 0 when the file was read (skipped rows are listed in the report), 1 when it
 * couldn't be (nothing was written), 2 on wrong usage.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { SingleBar } from 'cli-progress'
import { getPayload } from 'payload'

import config from '@payload-config'
import { importArchive } from '@/lib/importer/import'
import { refreshRunningSite } from '@/lib/cache/refresh'
import { formatReport } from '@/lib/importer/importReport'
import { ArchiveFileError, readArchive } from '@/lib/importer/readers'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const files = args.filter((a) => !a.startsWith('--'))
const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run')
if (files.length !== 1 || unknown.length) {
  console.error('Usage: npm run import:upfront -- <archive.csv | feed.xml> [--dry-run]')
  process.exit(2)
}
const file = files[0]

let source
try {
  source = await readArchive(await readFile(file, 'utf8'))
} catch (error) {
  const message =
    error instanceof ArchiveFileError
      ? error.message
      : (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `There is no file ${path.resolve(file)}.`
        : (error as Error).message
  console.error(`Nothing was imported. ${message}`)
  process.exit(1)
}

const payload = await getPayload({ config })
const bar = process.stderr.isTTY
  ? new SingleBar({
      stream: process.stderr,
      format: 'Importing {bar} {value}/{total} rows | {rate} rows/s | {eta_formatted} left',
      hideCursor: true,
      etaBuffer: 50,
    })
  : null
const started = performance.now()
bar?.start(source.rows.length, 0, { rate: '0' })
const report = await importArchive(payload, source, {
  dryRun,
  onProgress: (done) =>
    bar?.update(done, {
      rate: (done / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(1),
    }),
})
bar?.stop()
console.log(formatReport(report, file))
if (!dryRun) console.log(await refreshRunningSite())
await payload.destroy()
process.exit(0)
