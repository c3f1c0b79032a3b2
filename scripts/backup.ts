/**
 * npm run backup [-- <file.tar.gz>]
 *
 * Writes one archive of the configured database (documents, drafts, versions, trash) and every
 * uploaded file, with a signed manifest. Default: backups/voice-and-visibility-<timestamp>.tar.gz.
 * Safe to run while the site is up.
 */
import path from 'node:path'

import { getPayload } from 'payload'

import config from '@payload-config'
import { mediaDir } from '@/lib/media/storage'
import { uploadStore } from '@/lib/media/storage'
import { createBackup } from '@/lib/backup/backup'
import { payloadSecret } from '@/lib/env'

const given = process.argv.slice(2).find((a) => !a.startsWith('--'))
const stamp = new Date()
  .toISOString()
  .replace(/[:.]/g, '-')
  .replace(/-\d{3}Z$/, 'Z')
const file = path.resolve(given ?? path.join('backups', `voice-and-visibility-${stamp}.tar.gz`))

const payload = await getPayload({ config })
try {
  const { manifest, seconds } = await createBackup(payload, {
    file,
    mediaDir,
    secret: payloadSecret(),
    files: uploadStore(),
  })
  const documents = Object.values(manifest.collections).reduce((n, c) => n + c.documents, 0)
  const versions = Object.values(manifest.collections).reduce((n, c) => n + c.versions, 0)
  const media = manifest.files.filter((f) => f.path.startsWith('media/')).length
  console.log(
    `Backup written: ${file}\n  ${documents} documents, ${versions} versions, ${media} files, in ${seconds.toFixed(1)} s`,
  )
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`The backup failed: ${(error as Error).message}`)
  await payload.destroy()
  process.exit(1)
}
