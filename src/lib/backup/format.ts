import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** The archive's layout and manifest, shared by `npm run backup` and `npm run restore`. */
export const FORMAT = 'voice-and-visibility-backup/1'
export const MANIFEST = 'manifest.json'
export const dataPath = (collection: string) => `data/${collection}.json`
export const versionsPath = (collection: string) => `versions/${collection}.json`
export const MEDIA_PREFIX = 'media/'

/** Payload's own bookkeeping, not content: not backed up (the target makes its own). */
export const SKIPPED_COLLECTIONS = new Set([
  'payload-migrations',
  'payload-locked-documents',
  'payload-jobs',
])

export type FileEntry = { path: string; bytes: number; sha256: string }
export type Manifest = {
  format: typeof FORMAT
  createdAt: string
  /** The database the archive was made from: ids keep their type only within one kind. */
  source: { adapter: string; idType: 'number' | 'text' }
  collections: Record<string, { documents: number; versions: number }>
  files: FileEntry[]
  /** HMAC-SHA256 of everything above, keyed by PAYLOAD_SECRET. */
  signature?: string
}

export class BackupError extends Error {}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

export function sha256File(file: string): Promise<{ sha256: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    let bytes = 0
    createReadStream(file)
      .on('data', (chunk) => {
        bytes += chunk.length
        hash.update(chunk)
      })
      .on('error', reject)
      .on('end', () => resolve({ sha256: hash.digest('hex'), bytes }))
  })
}

const unsigned = (manifest: Manifest) => {
  const { signature: _signature, ...rest } = manifest
  return JSON.stringify(rest)
}

export const sign = (manifest: Manifest, secret: string): Manifest => ({
  ...manifest,
  signature: createHmac('sha256', secret).update(unsigned(manifest)).digest('hex'),
})

export function signatureValid(manifest: Manifest, secret: string): boolean {
  if (typeof manifest.signature !== 'string') return false
  const expected = Buffer.from(sign(manifest, secret).signature!, 'hex')
  const given = Buffer.from(manifest.signature, 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
