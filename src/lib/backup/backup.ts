import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import * as tar from 'tar'

import { folderStore, type FileStore } from '@/lib/media/storage'

import {
  dataPath,
  FORMAT,
  MANIFEST,
  MEDIA_PREFIX,
  sha256,
  sha256File,
  sign,
  SKIPPED_COLLECTIONS,
  versionsPath,
  type FileEntry,
  type Manifest,
} from './format'

/** The collections an archive holds: all of the app's content, not Payload's bookkeeping. */
export const backedUpCollections = (payload: Payload) =>
  payload.config.collections.filter((c) => !SKIPPED_COLLECTIONS.has(c.slug))

/**
 * Writes one archive (tar.gz) of everything: each collection's documents (drafts, trashed
 * documents and every locale included), their versions, every uploaded file, and a signed
 * manifest with counts and checksums. It reads through Payload's Local API, so it works the same
 * on SQLite and MongoDB and can run while the site is up.
 */
export async function createBackup(
  payload: Payload,
  {
    file,
    mediaDir,
    secret,
    files: store = folderStore(mediaDir),
  }: { file: string; mediaDir: string; secret: string; files?: FileStore },
): Promise<{ file: string; manifest: Manifest; seconds: number }> {
  const started = performance.now()
  const staging = await mkdtemp(path.join(os.tmpdir(), 'vv-backup-'))
  try {
    const files: FileEntry[] = []
    const collections: Manifest['collections'] = {}
    const write = async (rel: string, value: unknown) => {
      const body = JSON.stringify(value)
      await mkdir(path.dirname(path.join(staging, rel)), { recursive: true })
      await writeFile(path.join(staging, rel), body)
      files.push({ path: rel, bytes: Buffer.byteLength(body), sha256: sha256(body) })
    }
    for (const config of backedUpCollections(payload)) {
      const collection = config.slug as CollectionSlug
      const common = {
        collection,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        showHiddenFields: true,
        locale: 'all',
        ...(config.trash ? { trash: true } : {}),
      } as const
      const { docs } = await payload.find({ ...common, sort: 'id' })
      await write(dataPath(collection), docs)
      let versions = 0
      if (config.versions) {
        const found = await payload.findVersions({ ...common, sort: 'updatedAt' })
        await write(versionsPath(collection), found.docs)
        versions = found.docs.length
      }
      collections[collection] = { documents: docs.length, versions }
    }
    // Each file is copied first (from the media folder or the bucket), then the copy is hashed
    // and archived: a file the site rewrites meanwhile (a generated book made again) can no longer
    // differ from its checksum.
    for (const rel of await store.list()) {
      const bytes = await store.read(rel)
      if (!bytes) continue // removed since it was listed
      const copy = path.join(staging, MEDIA_PREFIX, rel)
      await mkdir(path.dirname(copy), { recursive: true })
      await writeFile(copy, bytes)
      files.push({ path: MEDIA_PREFIX + rel, ...(await sha256File(copy)) })
    }
    const manifest = sign(
      {
        format: FORMAT,
        createdAt: new Date().toISOString(),
        source: {
          adapter: payload.db.name,
          idType: payload.db.defaultIDType === 'number' ? 'number' : 'text',
        },
        collections,
        files,
      },
      secret,
    )
    await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
    await mkdir(path.dirname(path.resolve(file)), { recursive: true })
    await tar.create({ gzip: true, file, cwd: staging, portable: true }, [
      MANIFEST,
      ...files.map((f) => f.path),
    ])
    return { file, manifest, seconds: (performance.now() - started) / 1000 }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
