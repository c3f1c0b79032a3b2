import sharp from 'sharp'

/** The one list of image sizes; every page and output picks from these. */
export const imageSizes = [
  { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
  { name: 'card', width: 640, height: undefined },
  { name: 'feature', width: 1600, height: undefined },
  { name: 'og', width: 1200, height: 630, position: 'centre' },
] as const

/** The largest image file an editor may upload (submissions have their own, smaller limit). */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024

/**
 * The largest image accepted, in pixels: 60 megapixels covers any phone or camera photo a
 * contributor takes (12–50 MP), and keeps a small file that claims huge dimensions (a
 * "decompression bomb") from being decoded into gigabytes of memory.
 */
export const MAX_IMAGE_PIXELS = 60_000_000

/** Width × height from the file's header only; nothing is decoded. Null if it isn't an image. */
export async function imagePixels(data: Buffer): Promise<number | null> {
  try {
    const { width, height, pages } = await sharp(data, { limitInputPixels: false }).metadata()
    return width && height ? width * height * Math.max(1, pages ?? 1) : null
  } catch {
    return null
  }
}
