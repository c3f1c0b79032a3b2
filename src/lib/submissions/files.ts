import { fileTypeFromBuffer } from 'file-type'

import { imagePixels, MAX_IMAGE_PIXELS } from '@/lib/media/images'
import { IMAGE_TYPES } from '@/lib/media/types.mjs'
import { SUBMISSION_LIMITS as L } from './limits'
import type { ErrorCode } from './schema'

export type Upload = { name: string; data: Buffer; mimetype: string; size: number }

/** A file as a browser sends it in a form (a File, or anything with its shape). */
export type IncomingFile = { name: string; size: number; arrayBuffer: () => Promise<ArrayBuffer> }

/**
 * The images of an artwork submission: 1 to 6, each at most 10 MB and 60 megapixels (read from
 * the header, before anything is decoded), each an allowed image type by its bytes. The type and extension the browser claims are ignored; SVG (text that can hold
 * script) is never an allowed type.
 */
export async function checkImages(
  files: IncomingFile[],
): Promise<{ ok: true; uploads: Upload[] } | { ok: false; error: ErrorCode }> {
  const chosen = files.filter((f) => f && f.size > 0)
  if (chosen.length === 0) return { ok: false, error: 'noFiles' }
  if (chosen.length > L.maxImages) return { ok: false, error: 'tooManyFiles' }
  if (chosen.some((f) => f.size > L.imageBytes)) return { ok: false, error: 'fileSize' }
  const uploads: Upload[] = []
  for (const [i, file] of chosen.entries()) {
    const data = Buffer.from(await file.arrayBuffer())
    const sniffed = await fileTypeFromBuffer(data)
    if (!sniffed || !(IMAGE_TYPES as readonly string[]).includes(sniffed.mime))
      return { ok: false, error: 'fileType' }
    const pixels = await imagePixels(data)
    if (pixels === null) return { ok: false, error: 'fileType' }
    if (pixels > MAX_IMAGE_PIXELS) return { ok: false, error: 'imagePixels' }
    uploads.push({
      name: `submission-${i + 1}.${sniffed.ext}`,
      data,
      mimetype: sniffed.mime,
      size: data.length,
    })
  }
  return { ok: true, uploads }
}
