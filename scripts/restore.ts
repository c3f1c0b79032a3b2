/**
 * npm run restore -- <file.tar.gz> [--force]
 *
 * Fills the configured database (SQLite or MongoDB, from DATABASE_URL) and the media folder from
 * a backup archive, then checks counts and checksums. Refuses a damaged or changed archive, and
 * a target that already holds content unless --force (which replaces it). Restoring into the
 * other kind of database is how a site moves from the embedded SQLite to MongoDB.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { mediaDir } from '@/lib/media/storage'
import { s3Settings, uploadStore } from '@/lib/media/storage'
import { BackupError } from '@/lib/backup/format'
import { restoreBackup } from '@/lib/backup/restore'
import { refreshRunningSite } from '@/lib/cache/refresh'
import { payloadSecret } from '@/lib/env'

const args = process.argv.slice(2)
const archive = args.find((a) => !a.startsWith('--'))
if (!archive) {
  console.error('Usage: npm run restore -- <backup.tar.gz> [--force]')
  process.exit(2)
}

const payload = await getPayload({ config })
try {
  const report = await restoreBackup(payload, archive, {
    mediaDir,
    files: s3Settings() ? uploadStore() : undefined,
    secret: payloadSecret(),
    force: args.includes('--force'),
  })
  const documents = Object.values(report.collections).reduce((n, c) => n + c.documents, 0)
  const versions = Object.values(report.collections).reduce((n, c) => n + c.versions, 0)
  console.log(
    `Restored ${documents} documents, ${versions} versions and ${report.files} files in ${report.seconds.toFixed(1)} s` +
      `${report.keptIds ? ' (ids kept)' : ' (new ids; every reference rewritten)'}. Counts and checksums match the archive.`,
  )
  for (const w of report.warnings) console.log(`  note: ${w}`)
  console.log(await refreshRunningSite())
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(
    error instanceof BackupError ? error.message : `The restore failed: ${(error as Error).stack}`,
  )
  await payload.destroy()
  process.exit(1)
}
