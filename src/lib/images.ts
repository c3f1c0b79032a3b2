import sharp from 'sharp'

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
