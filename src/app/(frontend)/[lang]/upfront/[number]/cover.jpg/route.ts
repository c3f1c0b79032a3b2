import path from 'node:path'

import sharp from 'sharp'

import { getEpisode } from '@/lib/data/episodes'
import { positiveInt } from '@/lib/locale'
import { relPath, uploadStore } from '@/lib/media/storage'

type Context = { params: Promise<{ number: string }> }

/** Square covers already cut, by source file (a new upload gets a new file name). */
const covers = new Map<string, Promise<Buffer>>()
const MAX_CACHED = 64

/**
 * /upfront/[number]/cover.jpg: the episode's own artwork as podcast apps want it, a square
 * 1400×1400 JPEG cut by sharp from the original upload (the centre of attention kept).
 */
export async function GET(_: Request, { params }: Context) {
  const number = positiveInt((await params).number)
  const episode = number ? await getEpisode('en', number) : null
  const file = episode?.imageFile ? path.basename(episode.imageFile) : null
  if (!file) return new Response('Not found', { status: 404 })
  let cover = covers.get(file)
  if (!cover) {
    cover = uploadStore()
      .read(relPath('media', file))
      .then((bytes) => {
        if (!bytes) throw new Error('missing')
        return sharp(bytes)
          .resize(1400, 1400, { fit: 'cover', position: sharp.strategy.attention })
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: 86 })
          .toBuffer()
      })
    cover.catch(() => covers.delete(file))
    if (covers.size >= MAX_CACHED) covers.delete(covers.keys().next().value!)
    covers.set(file, cover)
  }
  const body = await cover.catch(() => null)
  if (!body) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(body.length),
      'Cache-Control': 'public, max-age=86400',
    },
  })
}
