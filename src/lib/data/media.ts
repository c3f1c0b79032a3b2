import type { Media } from '@/payload-types'

export type ImageRef = { url: string; alt: string; width: number; height: number }

/** Picks one of the declared sizes of an uploaded image (falls back to the original). */
export function imageRef(media: Media | number | null | undefined, size: 'thumbnail' | 'card' | 'feature' | 'og'): ImageRef | null {
  if (!media || typeof media !== 'object') return null
  const chosen = media.sizes?.[size]
  const url = chosen?.url ?? media.url
  if (!url) return null
  return {
    url,
    alt: media.alt ?? '',
    width: chosen?.width ?? media.width ?? 0,
    height: chosen?.height ?? media.height ?? 0,
  }
}
