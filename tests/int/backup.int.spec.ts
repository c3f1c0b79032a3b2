import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import * as tar from 'tar'
import { describe, expect, it, vi } from 'vitest'

import { relIds } from '@/lib/relations'
import { mediaDir } from '@/lib/media/storage'
import { BackupError, sha256File } from '@/lib/backup/format'
import { backedUpCollections, createBackup } from '@/lib/backup/backup'
import { emptyTarget, restoreBackup, targetCounts } from '@/lib/backup/restore'
import { seed } from '@/seed'
import { bootBeforeAll } from './helpers'

const secret = 'integration-test-secret'
let payload: Payload
let dir: string
let archive: string

/** Everything a restore must bring back: documents (all locales, trash, hidden fields), versions, files. */
async function snapshot() {
  const out: Record<string, unknown> = {}
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
    out[collection] = (await payload.find({ ...common, sort: 'id' })).docs
    if (config.versions) {
      out[`${collection} versions`] = (
        await payload.findVersions({ ...common, sort: 'updatedAt' })
      ).docs.map(({ id: _id, ...v }) => v)
    }
  }
  const files: Record<string, string> = {}
  const walk = async (d: string, prefix = '') => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(path.join(d, e.name), `${prefix}${e.name}/`)
      else files[prefix + e.name] = (await sha256File(path.join(d, e.name))).sha256
    }
  }
  await walk(mediaDir)
  out.files = files
  return out
}

bootBeforeAll(async (booted) => {
  payload = booted
  dir = await mkdtemp(path.join(os.tmpdir(), 'vv-backup-test-'))
  // A gap at the start of two collections, so that a restore with new ids really changes them.
  const gapTopic = await payload.create({
    collection: 'topics',
    data: { name: 'Gap' },
    overrideAccess: true,
  })
  const gapPerson = await payload.create({
    collection: 'contributors',
    data: { displayName: 'Gap' },
    overrideAccess: true,
  })
  await seed(payload)
  await payload.delete({ collection: 'topics', id: gapTopic.id, overrideAccess: true })
  await payload.delete({ collection: 'contributors', id: gapPerson.id, overrideAccess: true })
  // A piece in the trash, and a published piece with a newer draft.
  const { docs } = await payload.find({
    collection: 'writings',
    limit: 2,
    overrideAccess: true,
    depth: 0,
  })
  await payload.update({
    collection: 'writings',
    id: docs[0].id,
    data: { deletedAt: new Date().toISOString() },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'writings',
    id: docs[1].id,
    draft: true,
    data: { title: `${docs[1].title} (draft revision)` },
    overrideAccess: true,
  })
}, 240_000)

describe('backup and restore', () => {
  let before: Awaited<ReturnType<typeof snapshot>>

  it('restores the seeded archive into an emptied database: every document, relationship, draft, version and file equal, same ids', async () => {
    before = await snapshot()
    archive = path.join(dir, 'demo.tar.gz')
    const made = await createBackup(payload, { file: archive, mediaDir, secret })
    console.log(
      `[bench] backup of the seeded demo: ${made.seconds.toFixed(1)} s, ${(await readFile(archive)).length} bytes`,
    )
    expect(made.manifest.collections.writings.documents).toBeGreaterThanOrEqual(30)
    expect(made.manifest.collections.writings.versions).toBeGreaterThan(30)

    await emptyTarget(payload, mediaDir)
    expect(Object.values(await targetCounts(payload)).every((n) => n === 0)).toBe(true)
    const report = await restoreBackup(payload, archive, { mediaDir, secret })
    console.log(`[bench] restore of the seeded demo: ${report.seconds.toFixed(1)} s`)
    expect(report.keptIds).toBe(true)
    expect(report.warnings).toEqual([])
    expect(await snapshot()).toEqual(before)
  }, 240_000)

  it('refuses a target that is not empty, unless told --force', async () => {
    await expect(restoreBackup(payload, archive, { mediaDir, secret })).rejects.toThrow(
      /The target is not empty \(writings: \d+.*add --force/,
    )
    await restoreBackup(payload, archive, { mediaDir, secret, force: true })
    expect(await snapshot()).toEqual(before)
  }, 240_000)

  it('refuses a truncated or tampered archive, and leaves the target untouched', async () => {
    const counts = await targetCounts(payload)
    const bytes = await readFile(archive)
    const truncated = path.join(dir, 'truncated.tar.gz')
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    await expect(
      restoreBackup(payload, truncated, { mediaDir, secret, force: true }),
    ).rejects.toThrow(/can't be read/)

    const unpacked = path.join(dir, 'unpacked')
    await mkdir(unpacked, { recursive: true })
    await tar.extract({ file: archive, cwd: unpacked })
    const writings = path.join(unpacked, 'data/writings.json')
    await writeFile(
      writings,
      (await readFile(writings, 'utf8')).replace('"title":"', '"title":"Changed '),
    )
    const tampered = path.join(dir, 'tampered.tar.gz')
    await tar.create({ gzip: true, file: tampered, cwd: unpacked }, await readdir(unpacked))
    await expect(
      restoreBackup(payload, tampered, { mediaDir, secret, force: true }),
    ).rejects.toThrow(/data\/writings\.json in the archive does not match its checksum/)
    await expect(
      restoreBackup(payload, archive, { mediaDir, secret: 'another-secret', force: true }),
    ).rejects.toThrow(BackupError)
    expect(await targetCounts(payload)).toEqual(counts)
    expect(await snapshot()).toEqual(before)
  }, 240_000)

  // Finding 9 of #15: --force used to empty the site first, one row at a time, so a failure
  // midway left it empty or half-restored.
  it('a database that fails midway through a --force restore leaves the site as it was', async () => {
    const create = payload.db.create.bind(payload.db)
    let made = 0
    const spy = vi.spyOn(payload.db, 'create').mockImplementation((async (args) => {
      if (++made === 40) throw new Error('disk I/O error')
      return create(args)
    }) as typeof payload.db.create)
    await expect(
      restoreBackup(payload, archive, { mediaDir, secret, force: true }),
    ).rejects.toThrow(/disk I\/O error/)
    spy.mockRestore()
    expect(await snapshot()).toEqual(before)
    const beside = (await readdir(path.dirname(mediaDir))).filter((f) => f.includes('.restoring-'))
    expect(beside).toEqual([])
  }, 240_000)

  it('unpacks only what the signed manifest lists: an added file is never copied', async () => {
    const unpacked = path.join(dir, 'unpacked-extra')
    await mkdir(unpacked, { recursive: true })
    await tar.extract({ file: archive, cwd: unpacked })
    await mkdir(path.join(unpacked, 'media/images'), { recursive: true })
    await writeFile(path.join(unpacked, 'media/images/planted.html'), '<script>alert(1)</script>')
    const added = path.join(dir, 'added.tar.gz')
    await tar.create({ gzip: true, file: added, cwd: unpacked }, await readdir(unpacked))
    await restoreBackup(payload, added, { mediaDir, secret, force: true })
    expect(await readdir(path.join(mediaDir, 'images'))).not.toContain('planted.html')
    expect(await snapshot()).toEqual(before)
  }, 240_000)

  it('restores with new ids (as into MongoDB), rewriting every reference', async () => {
    const report = await restoreBackup(payload, archive, {
      mediaDir,
      secret,
      force: true,
      keepIds: false,
    })
    expect(report.keptIds).toBe(false)
    expect(report.warnings).toEqual([])
    const after = await snapshot()
    const names = (snap: typeof before, collection: string, key: string) =>
      new Map((snap[collection] as Record<string, unknown>[]).map((d) => [d.id, d[key]]))
    // Ids moved (the gaps are gone)…
    expect((after.topics as { id: number }[])[0].id).not.toBe(
      (before.topics as { id: number }[])[0].id,
    )
    // …and every reference still leads to the same thing.
    const describe = (snap: typeof before) => {
      const people = names(snap, 'contributors', 'displayName')
      const topics = names(snap, 'topics', 'name')
      const media = names(snap, 'media', 'filename')
      const guests = names(snap, 'guests', 'name')
      return {
        writings: (snap.writings as Record<string, unknown>[]).map((w) => ({
          title: w.title,
          contributor: people.get(w.contributor),
          topics: relIds(w.topics).map((t) => topics.get(t)),
          translations: relIds(w.translations).length,
        })),
        artworks: (snap.artworks as Record<string, unknown>[]).map((a) => ({
          title: a.title,
          images: relIds(a.images).map((i) => media.get(i)),
        })),
        episodes: (snap.episodes as Record<string, unknown>[]).map((e) => ({
          title: e.title,
          guests: relIds(e.guests).map((g) => guests.get(g)),
        })),
        versions: (
          snap['writings versions'] as { parent: number; version: { title: string } }[]
        ).map((v) => [names(snap, 'writings', 'title').get(v.parent), v.version.title]),
        files: snap.files,
      }
    }
    expect(describe(after)).toEqual(describe(before))
  }, 240_000)
})
