import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'
import * as tar from 'tar'

import {
  BackupError,
  dataPath,
  FORMAT,
  MANIFEST,
  MEDIA_PREFIX,
  sha256File,
  signatureValid,
  versionsPath,
  type Manifest,
} from './format'
import type { FileStore } from '@/lib/media/storage'
import type { ID } from '@/lib/relations'
import { backedUpCollections } from './backup'
import { referencedCollections, remapDocument } from './relations'

type Doc = Record<string, unknown> & { id: ID }
type Version = {
  parent: ID
  version: Record<string, unknown>
  createdAt: string
  updatedAt: string
  autosave?: boolean
  publishedLocale?: string
  snapshot?: boolean
}

export type RestoreReport = {
  collections: Record<string, { documents: number; versions: number }>
  files: number
  keptIds: boolean
  warnings: string[]
  seconds: number
}

/** Restores the targets of references before the documents that point to them. */
function restoreOrder(payload: Payload): string[] {
  const configs = backedUpCollections(payload)
  const deps = new Map<string, Set<string>>(
    configs.map((c) => [c.slug, referencedCollections(c.fields)]),
  )
  const order: string[] = []
  const visiting = new Set<string>()
  const visit = (slug: string) => {
    if (order.includes(slug) || visiting.has(slug) || !deps.has(slug)) return
    visiting.add(slug) // a cycle is fine: its last links are set in the second pass
    for (const dep of deps.get(slug)!) visit(dep)
    visiting.delete(slug)
    order.push(slug)
  }
  for (const c of configs) visit(c.slug)
  return order
}

/** How many documents the target holds now, per collection (trash included). */
export async function targetCounts(payload: Payload, req?: PayloadRequest) {
  const counts: Record<string, number> = {}
  for (const config of backedUpCollections(payload)) {
    const { totalDocs } = await payload.count({
      collection: config.slug as CollectionSlug,
      overrideAccess: true,
      req,
      ...(config.trash ? { trash: true } : {}),
    })
    counts[config.slug] = totalDocs
  }
  return counts
}

const entryPath = (p: string) => path.posix.normalize(p).replace(/^(\.\/)+/, '')

/** Extracts the entries of the archive that `wanted` accepts (regular files only). */
async function extract(archive: string, staging: string, wanted: (entry: string) => boolean) {
  try {
    await tar.extract({
      file: archive,
      cwd: staging,
      strict: true,
      filter: (p, entry) => wanted(entryPath(p)) && (!('type' in entry) || entry.type === 'File'),
    })
  } catch (error) {
    throw new BackupError(
      `The archive can't be read — it may be cut short or damaged (${(error as Error).message}). Nothing was restored.`,
    )
  }
}

/**
 * Opens and checks an archive: readable and signed with this secret before anything else is
 * unpacked; then only the files its manifest lists, each with its checksum.
 */
async function openArchive(archive: string, secret: string, staging: string): Promise<Manifest> {
  if (!existsSync(archive))
    throw new BackupError(`There is no archive at ${path.resolve(archive)}.`)
  await extract(archive, staging, (p) => p === MANIFEST)
  let manifest: Manifest
  try {
    manifest = JSON.parse(await readFile(path.join(staging, MANIFEST), 'utf8'))
  } catch {
    throw new BackupError(`The archive has no readable ${MANIFEST}. Nothing was restored.`)
  }
  if (manifest.format !== FORMAT)
    throw new BackupError(`This is not a Voice & Visibility backup (${String(manifest.format)}).`)
  if (!signatureValid(manifest, secret)) {
    throw new BackupError(
      'The manifest does not match its signature: the archive was changed after it was made, or it was made with another PAYLOAD_SECRET. Nothing was restored.',
    )
  }
  const listed = new Set(manifest.files.map((f) => entryPath(f.path)))
  if ([...listed].some((p) => p.startsWith('../') || path.isAbsolute(p)))
    throw new BackupError('The manifest lists a file outside the archive. Nothing was restored.')
  await extract(archive, staging, (p) => listed.has(p))
  for (const entry of manifest.files) {
    const file = path.join(staging, entry.path)
    const found = existsSync(file) ? await sha256File(file) : null
    if (!found) throw new BackupError(`The archive lacks ${entry.path}. Nothing was restored.`)
    if (found.sha256 !== entry.sha256 || found.bytes !== entry.bytes) {
      throw new BackupError(
        `${entry.path} in the archive does not match its checksum: the archive was changed or damaged. Nothing was restored.`,
      )
    }
  }
  return manifest
}

/** Empties the database and the media folder or bucket (what --force replaces). */
export async function emptyTarget(payload: Payload, mediaDir: string, bucket?: FileStore) {
  await emptyDatabase(payload, await createLocalReq({}, payload))
  if (bucket) return bucket.remove(await bucket.list())
  if (existsSync(mediaDir))
    for (const entry of await readdir(mediaDir))
      await rm(path.join(mediaDir, entry), { recursive: true })
}

/** Empties the database (for --force): every document and version, in the restore's transaction. */
async function emptyDatabase(payload: Payload, req: PayloadRequest) {
  for (const config of backedUpCollections(payload)) {
    await payload.db.deleteMany({ collection: config.slug as CollectionSlug, where: {}, req })
    if (config.versions) {
      await payload.db.deleteVersions({ collection: config.slug as CollectionSlug, where: {}, req })
    }
  }
}

/**
 * Fills an empty database and media folder from an archive, through Payload's database adapter
 * (so SQLite or MongoDB alike), then checks counts and file checksums. Refuses a damaged,
 * tampered or foreign archive before touching anything, and a non-empty target unless `force`.
 * Whole or nothing: the database is emptied (with `force`) and filled in one transaction that is
 * committed only when every count matches the archive, and the files are copied to a folder
 * beside the media folder and swapped in only after that commit. Without transactions (MongoDB
 * not on a replica set) `force` is refused: nothing would undo a half-done replacement.
 * Into the same kind of database, ids are kept; into the other kind (SQLite → MongoDB) every
 * document gets a new id and every reference — relationships, uploads, rich-text links and
 * version parents — is rewritten to match.
 */
export async function restoreBackup(
  payload: Payload,
  archive: string,
  {
    mediaDir,
    secret,
    force = false,
    keepIds,
    files: bucket,
  }: {
    mediaDir: string
    secret: string
    force?: boolean
    keepIds?: boolean
    /** A bucket the files go to instead of the media folder (S3_BUCKET). */
    files?: FileStore
  },
): Promise<RestoreReport> {
  const started = performance.now()
  const staging = await mkdtemp(path.join(os.tmpdir(), 'vv-restore-'))
  try {
    const manifest = await openArchive(archive, secret, staging)
    const counts = await targetCounts(payload)
    const held = Object.entries(counts).filter(([, n]) => n > 0)
    const mediaHeld = bucket
      ? (await bucket.list()).length > 0
      : existsSync(mediaDir) && (await readdir(mediaDir)).length > 0
    if ((held.length || mediaHeld) && !force) {
      throw new BackupError(
        `The target is not empty (${[
          ...held.map(([c, n]) => `${c}: ${n}`),
          ...(mediaHeld ? [`files in ${bucket?.describe ?? mediaDir}`] : []),
        ].join(', ')}). Restore into an empty database, or add --force to replace what is there.`,
      )
    }
    const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
    const inTransaction = Boolean(await initTransaction(req))
    if (force && !inTransaction)
      throw new BackupError(
        'This database runs no transactions (MongoDB must be a replica set), so --force could leave a half-replaced site. Restore into an empty database instead. Nothing was restored.',
      )
    try {
      return await fill(
        { payload, req, manifest, staging, mediaDir, bucket, force, keepIds, started },
        async () => {
          if (inTransaction) await commitTransaction(req)
        },
      )
    } catch (error) {
      if (inTransaction) await killTransaction(req)
      throw error
    }
  } finally {
    // An extraction cut short may still be closing files: retry, and never mask the real error.
    await rm(staging, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined)
  }
}

async function fill(
  {
    payload,
    req,
    manifest,
    staging,
    mediaDir,
    bucket,
    force,
    keepIds,
    started,
  }: {
    payload: Payload
    req: PayloadRequest
    manifest: Manifest
    staging: string
    mediaDir: string
    bucket?: FileStore
    force: boolean
    keepIds?: boolean
    started: number
  },
  commit: () => Promise<void>,
): Promise<RestoreReport> {
  const read = async <T>(rel: string): Promise<T> =>
    JSON.parse(await readFile(path.join(staging, rel), 'utf8'))
  if (force) await emptyDatabase(payload, req)

  const kept =
    keepIds ??
    manifest.source.idType === (payload.db.defaultIDType === 'number' ? 'number' : 'text')
  const ids = new Map<string, Map<string, ID>>()
  const warnings: string[] = []
  const lookup = (collection: string, id: ID) => ids.get(collection)?.get(String(id))
  const fieldsOf = (slug: string) => payload.collections[slug as CollectionSlug].config.fields
  const later: { collection: string; id: ID; doc: Doc }[] = []
  const order = restoreOrder(payload).filter((c) => manifest.collections[c])

  for (const collection of order) {
    const docs = await read<Doc[]>(dataPath(collection))
    const map = new Map<string, ID>()
    ids.set(collection, map)
    for (const doc of docs) {
      const { id: _old, ...rest } = doc
      const remapped = remapDocument(fieldsOf(collection), rest, lookup)
      const created = await payload.db.create({
        collection: collection as CollectionSlug,
        data: remapped.data,
        ...(kept ? { customID: doc.id } : {}),
        req,
        returning: true,
      })
      map.set(String(doc.id), created.id)
      if (remapped.deferred) later.push({ collection, id: created.id, doc })
    }
  }
  // References to documents restored after the ones that point to them (cycles, self-links).
  for (const { collection, id, doc } of later) {
    const { id: _old, ...rest } = doc
    const remapped = remapDocument(fieldsOf(collection), rest, lookup)
    for (const gone of remapped.missing)
      warnings.push(
        `${collection} ${String(doc.id)} pointed to ${gone}, which is not in the archive`,
      )
    await payload.db.updateOne({
      collection: collection as CollectionSlug,
      id,
      data: remapped.data,
      req,
      returning: false,
    })
  }
  for (const collection of order) {
    if (!manifest.collections[collection].versions) continue
    const versions = await read<Version[]>(versionsPath(collection))
    for (const v of versions) {
      const parent = lookup(collection, v.parent)
      if (parent === undefined) {
        warnings.push(`a version of ${collection} ${String(v.parent)} has no document; left out`)
        continue
      }
      const { id: _old, ...version } = v.version as Doc
      await payload.db.createVersion({
        collectionSlug: collection as CollectionSlug,
        parent,
        versionData: remapDocument(fieldsOf(collection), version, lookup).data,
        createdAt: v.createdAt,
        updatedAt: v.updatedAt,
        autosave: Boolean(v.autosave),
        publishedLocale: v.publishedLocale,
        snapshot: v.snapshot ? true : undefined,
        req,
        returning: false,
      })
    }
  }

  // The files go to a folder beside the media folder (same disk, so the swap is a rename).
  const media = manifest.files.filter((f) => f.path.startsWith(MEDIA_PREFIX))
  const incoming = `${path.resolve(mediaDir)}.restoring-${Date.now()}`
  await mkdir(incoming, { recursive: true })
  try {
    if (media.length) await cp(path.join(staging, 'media'), incoming, { recursive: true })
    for (const f of media) {
      const copied = await sha256File(path.join(incoming, f.path.slice(MEDIA_PREFIX.length)))
      if (copied.sha256 !== f.sha256) throw new BackupError(`${f.path} was not copied intact.`)
    }
  } catch (error) {
    await rm(incoming, { recursive: true, force: true })
    throw error
  }

  const after = await targetCounts(payload, req)
  const collections: RestoreReport['collections'] = {}
  for (const [collection, expected] of Object.entries(manifest.collections)) {
    const versions = expected.versions
      ? (
          await payload.countVersions({
            collection: collection as CollectionSlug,
            overrideAccess: true,
            req,
          })
        ).totalDocs
      : 0
    if (after[collection] !== expected.documents || versions !== expected.versions) {
      await rm(incoming, { recursive: true, force: true })
      throw new BackupError(
        `After restoring, ${collection} has ${after[collection]} documents and ${versions} versions; the archive has ${expected.documents} and ${expected.versions}.`,
      )
    }
    collections[collection] = { documents: after[collection], versions }
  }
  await commit()
  if (bucket) {
    // The database now holds the archive: its files go to the bucket, and the bucket's other
    // files (the replaced site's) go.
    const wanted = new Set(media.map((f) => f.path.slice(MEDIA_PREFIX.length)))
    for (const rel of wanted) await bucket.write(rel, await readFile(path.join(incoming, rel)))
    await bucket.remove((await bucket.list()).filter((rel) => !wanted.has(rel)))
    await rm(incoming, { recursive: true, force: true })
  } else {
    // The database now holds the archive: the files it names take the media folder's place.
    const previous = `${path.resolve(mediaDir)}.replaced-${Date.now()}`
    if (existsSync(mediaDir)) await rename(mediaDir, previous)
    await rename(incoming, mediaDir)
    await rm(previous, { recursive: true, force: true })
  }
  return {
    collections,
    files: media.length,
    keptIds: kept,
    warnings,
    seconds: (performance.now() - started) / 1000,
  }
}
