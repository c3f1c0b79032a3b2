// Uploads on S3-compatible storage (issue #16), against a real S3 server on loopback (s3rver):
// upload with every image size, files read through Payload with the trust rules (an unpublished
// piece's image is nobody's but the editors'), audio with byte ranges, delete, a failed
// submission's images removed, and backup and restore with the bucket.
import { mkdtempSync, readdirSync, existsSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createBackup } from '@/lib/backup/backup'
import { emptyTarget, restoreBackup } from '@/lib/backup/restore'
import { relIds } from '@/lib/relations'
import { uploadStore } from '@/lib/media/storage'
import { submitWork } from '@/lib/submissions/submit'
import { makeWav } from '@/seed/generate'
import { anonymousArtwork, file, pngBytes } from './fixtures'
import { bootPayload } from './helpers'
import { rest, tokenFor } from './http'

// The config reads S3_* when it is first imported: settled before any import.
const s3 = vi.hoisted(() => {
  const port = 20_000 + ((process.pid + 13) % 20_000)
  Object.assign(process.env, {
    S3_BUCKET: 'voice-test',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  return { port }
})

let server: S3rver
let payload: Payload
let teardown: () => Promise<void>
const bucketDir = mkdtempSync(path.join(os.tmpdir(), 'vv-s3-'))
// A fresh context per call, as the app's own code passes (the storage plugin writes to it).
const base = {
  overrideAccess: true,
  depth: 0,
  get context() {
    return { disableRevalidate: true }
  },
} as const
const store = () => uploadStore()
const keys = () => store().list()

/** An anonymous artwork submitted with these PNGs; its stored images, in order. */
async function submitArtwork(title: string, pngs: Buffer[]) {
  const r = await submitWork(
    payload,
    anonymousArtwork(title, 's3.worker@example.org', `${title} described`),
    pngs.map((data, i) => ({ name: `${i}.png`, data, mimetype: 'image/png', size: data.length })),
  )
  if (!r.ok) throw new Error('not stored')
  const artwork = await payload.findByID({ ...base, collection: 'artworks', id: r.id, draft: true })
  const images = await Promise.all(
    relIds(artwork.images).map((id) => payload.findByID({ ...base, collection: 'media', id })),
  )
  return { id: r.id, images }
}

beforeAll(async () => {
  server = new S3rver({
    port: s3.port,
    address: '127.0.0.1',
    silent: true,
    directory: bucketDir,
    configureBuckets: [{ name: 'voice-test', configs: [] }],
  })
  await server.run()
  const booted = await bootPayload()
  payload = booted.payload
  teardown = booted.teardown
  await payload.create({
    ...base,
    collection: 'users',
    data: { email: 's3.editor@test.example', password: 'test-password-123', roles: ['editor'] },
  })
}, 120_000)
afterAll(async () => {
  await teardown?.()
  await server?.close()
  rmSync(bucketDir, { recursive: true, force: true })
  for (const k of Object.keys(process.env)) if (k.startsWith('S3_')) delete process.env[k]
})

describe('uploads on S3-compatible storage', () => {
  it('stores the original and every size in the bucket, nothing in the media folder', async () => {
    const image = await payload.create({
      ...base,
      collection: 'media',
      data: { alt: 'A red field' },
      file: file('red.png', await pngBytes(), 'image/png'),
    })
    const stored = await keys()
    expect(stored).toContain(`images/${image.filename}`)
    for (const size of Object.values(image.sizes ?? {}))
      if (size?.filename) expect(stored).toContain(`images/${size.filename}`)
    const local = path.join(process.env.MEDIA_DIR!, 'images')
    expect(existsSync(local) ? readdirSync(local) : []).toEqual([])

    await payload.delete({ ...base, collection: 'media', id: image.id })
    expect((await keys()).filter((k) => k.includes(path.parse(image.filename!).name))).toEqual([])
  })

  it('serves an image only once its piece is public, through the same read rules', async () => {
    const { id, images } = await submitArtwork('S3 portrait', [await pngBytes()])
    const image = images[0]
    expect(await keys()).toContain(`images/${image.filename}`)
    const url = `/api/media/file/${image.filename}`

    expect((await rest(url)).status).toBeGreaterThanOrEqual(400)
    const editor = await tokenFor(payload, 's3.editor@test.example')
    expect((await rest(url, { token: editor })).status).toBe(200)

    await payload.update({
      ...base,
      collection: 'artworks',
      id,
      data: { editorialStatus: 'accepted' },
    })
    await payload.update({
      ...base,
      collection: 'artworks',
      id,
      data: { _status: 'published' },
    })
    const open = await rest(url)
    expect(open.status).toBe(200)
    expect(open.headers.get('content-type')).toBe('image/webp')
  })

  it('stores every submission’s images, one submission after another', async () => {
    // Payload's storage plugin keeps upload state in a save's context; each save gets its own.
    for (const title of ['First in a row', 'Second in a row']) {
      const { images } = await submitArtwork(title, [await pngBytes()])
      expect(await keys()).toContain(`images/${images[0].filename}`)
    }
  })

  it('stores each of a submission’s images as itself', async () => {
    const red = await pngBytes()
    const blue = await sharp({
      create: { width: 500, height: 400, channels: 3, background: '#1e40b3' },
    })
      .png()
      .toBuffer()
    const {
      images: [first, second],
    } = await submitArtwork('Two images', [red, blue])
    expect([first.width, second.width]).toEqual([900, 500])
    const stored = await keys()
    for (const image of [first, second]) {
      expect(stored).toContain(`images/${image.filename}`)
      const meta = await sharp((await store().read(`images/${image.filename}`))!).metadata()
      expect(meta.width).toBe(image.width)
    }
  })

  it('serves audio with byte ranges from the bucket', async () => {
    const wav = makeWav(1, 440)
    const audio = await payload.create({
      ...base,
      collection: 'audio',
      data: { title: 'Tone' },
      file: file('tone.wav', wav, 'audio/wav'),
    })
    await payload.create({
      ...base,
      collection: 'episodes',
      data: {
        number: 77,
        title: 'On the bucket',
        airDate: new Date().toISOString(),
        summary: 'A test',
        audio: audio.id,
        _status: 'published',
      },
    })
    const part = await rest(`/api/audio/file/${audio.filename}`, {
      headers: { Range: 'bytes=0-99' },
    })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${wav.length}`)
    expect(Buffer.byteLength(part.body, 'latin1')).toBeGreaterThan(0)
  })

  it('backs up the bucket’s files and restores them into an emptied bucket', async () => {
    const before = await keys()
    expect(before.length).toBeGreaterThan(0)
    const archive = path.join(bucketDir, 'backup.tar.gz')
    const secret = 'integration-test-secret'
    const made = await createBackup(payload, {
      file: archive,
      mediaDir: process.env.MEDIA_DIR!,
      secret,
      files: store(),
    })
    expect(made.manifest.files.filter((f) => f.path.startsWith('media/')).length).toBe(
      before.length,
    )
    await emptyTarget(payload, process.env.MEDIA_DIR!, store())
    expect(await keys()).toEqual([])
    const report = await restoreBackup(payload, archive, {
      mediaDir: process.env.MEDIA_DIR!,
      secret,
      files: store(),
    })
    expect(report.files).toBe(before.length)
    expect(await keys()).toEqual(before)
    const first = before.find((k) => k.startsWith('images/'))!
    expect((await store().read(first))?.length).toBeGreaterThan(0)
  })
})
