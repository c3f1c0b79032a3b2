import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { imageSizes } from '@/lib/media/images'
import { mediaDir } from '@/lib/media/storage'
import { makeWav } from '@/seed/generate'
import { bootBeforeAll } from './helpers'
import { file, pngBytes, pngClaiming } from './fixtures'

let payload: Payload
const opts = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const

bootBeforeAll((booted) => {
  payload = booted
})

const imagesDir = () => path.join(process.env.MEDIA_DIR!, 'images')

describe('image uploads', () => {
  it('generate every declared size as WebP, with the 1200×630 OpenGraph crop', async () => {
    const jpeg = await sharp({
      create: { width: 2400, height: 1800, channels: 3, background: '#2b59c3' },
    })
      .jpeg()
      .toBuffer()
    const doc = await payload.create({
      ...opts,
      collection: 'media',
      data: { alt: 'Blue field' },
      file: file('blue.jpg', jpeg, 'image/jpeg'),
    })
    expect(doc.mimeType).toBe('image/webp')
    expect(mediaDir).toBe(process.env.MEDIA_DIR)
    for (const size of imageSizes) {
      const made = doc.sizes?.[size.name]
      expect(made?.filename, size.name).toBeTruthy()
      expect(made?.mimeType).toBe('image/webp')
      expect(made?.width).toBe(size.width)
      const onDisk = await sharp(path.join(imagesDir(), made!.filename!)).metadata()
      expect(onDisk.format).toBe('webp')
      expect(onDisk.width).toBe(size.width)
    }
    expect([doc.sizes?.og?.width, doc.sizes?.og?.height]).toEqual([1200, 630])
  })

  it('keeps no camera metadata: a name and place in the EXIF never reach the stored files', async () => {
    const photo = await sharp({
      create: { width: 1800, height: 1200, channels: 3, background: '#8a5a3c' },
    })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Maria Private-Surname', ImageDescription: 'Home, 12 Elm St' } })
      .toBuffer()
    expect((await sharp(photo).metadata()).exif).toBeTruthy()
    const doc = await payload.create({
      ...opts,
      collection: 'media',
      data: { alt: 'Brown field' },
      file: file('phone-photo.jpg', photo, 'image/jpeg'),
    })
    const stored = [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename)]
    for (const name of stored.filter(Boolean) as string[]) {
      const raw = readFileSync(path.join(imagesDir(), name))
      expect((await sharp(raw).metadata()).exif, name).toBeUndefined()
      expect(raw.includes('Private-Surname'), name).toBe(false)
      expect(raw.includes('Elm St'), name).toBe(false)
    }
  })

  it('refuses a file with an image extension but other bytes, and stores nothing', async () => {
    const before = readdirSync(imagesDir()).length
    const fake = Buffer.from('<html><script>alert(1)</script></html>'.repeat(20))
    await expect(
      payload.create({
        ...opts,
        collection: 'media',
        data: { alt: 'Not an image' },
        file: file('photo.jpg', fake, 'image/jpeg'),
      }),
    ).rejects.toThrow()
    expect(readdirSync(imagesDir()).length).toBe(before)
    const found = await payload.find({
      ...opts,
      collection: 'media',
      where: { alt: { equals: 'Not an image' } },
    })
    expect(found.totalDocs).toBe(0)
  })

  it('refuses SVG, which can carry script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    )
    await expect(
      payload.create({
        ...opts,
        collection: 'media',
        data: { alt: 'Vector' },
        file: file('logo.svg', svg, 'image/svg+xml'),
      }),
    ).rejects.toThrow()
  })

  it('refuses an image with too many pixels before decoding it, saying why', async () => {
    const bomb = await pngClaiming(20_000, 20_000) // 400 megapixels in a few hundred bytes
    const before = readdirSync(imagesDir()).length
    const attempt = payload.create({
      ...opts,
      collection: 'media',
      data: { alt: 'Huge' },
      file: file('huge.png', bomb, 'image/png'),
    })
    await expect(attempt).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/400 megapixels; images up to 60 megapixels/),
    })
    expect(readdirSync(imagesDir()).length).toBe(before)
  })

  it('refuses an image over the byte limit', async () => {
    const big = Buffer.concat([await pngBytes(), Buffer.alloc(16 * 1024 * 1024)])
    await expect(
      payload.create({
        ...opts,
        collection: 'media',
        data: { alt: 'Heavy' },
        file: file('heavy.png', big, 'image/png'),
      }),
    ).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/up to 15 MB/) })
  })

  it('stores a file under a safe name, and never over another file', async () => {
    const png = await pngBytes()
    const first = await payload.create({
      ...opts,
      collection: 'media',
      data: { alt: 'Traversal' },
      file: file('../../../etc/passwd.png', png, 'image/png'),
    })
    expect(first.filename).not.toMatch(/[/\\]|\.\./)
    expect(existsSync(path.join(imagesDir(), first.filename!))).toBe(true)
    const second = await payload.create({
      ...opts,
      collection: 'media',
      data: { alt: 'Same name' },
      file: file('../../../etc/passwd.png', png, 'image/png'),
    })
    expect(second.filename).not.toBe(first.filename)
    expect(existsSync(path.join(imagesDir(), second.filename!))).toBe(true)
  })

  it('requires alt text', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    await expect(
      // @ts-expect-error no alt text: what this test is about
      payload.create({
        ...opts,
        collection: 'media',
        data: {},
        file: file('a.png', png, 'image/png'),
      }),
    ).rejects.toThrow(/alt/i)
  })
})

describe('audio uploads', () => {
  it('store the duration read from the bytes, and the byte length', async () => {
    const wav = makeWav(2.5, 440)
    const doc = await payload.create({
      ...opts,
      collection: 'audio',
      data: { title: 'Tone' },
      file: file('tone.wav', wav, 'audio/wav'),
    })
    expect(doc.duration).toBe(2.5)
    expect(doc.filesize).toBe(wav.length)
    expect(existsSync(path.join(process.env.MEDIA_DIR!, 'audio', doc.filename!))).toBe(true)
  })

  it('refuse bytes that are not audio', async () => {
    await expect(
      payload.create({
        ...opts,
        collection: 'audio',
        data: { title: 'Fake' },
        file: file('show.mp3', Buffer.from('not audio at all '.repeat(50)), 'audio/mpeg'),
      }),
    ).rejects.toThrow()
  })
})
