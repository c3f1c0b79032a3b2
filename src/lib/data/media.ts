import { serverURL } from '@/lib/env'
import type { Media } from '@/payload-types'

/** Payload makes file URLs absolute on the configured server; pages use the path, so the same
 * markup works behind a proxy or on another port. */
export const sitePath = (url: string) =>
  url.startsWith(serverURL) ? url.slice(serverURL.length) : url

export type Picture = {
  src: string
  srcSet: string
  width: number
  height: number
  alt: string
  full: string
}
export type SocialImage = { url: string; width: number; height: number; alt: string }

/** What pages select of an image: the sizes sharp made and the alt text. */
export const mediaSelect = {
  alt: true,
  filename: true,
  url: true,
  width: true,
  height: true,
  sizes: true,
} as const

/**
 * An image as the sizes sharp made (WebP): `src` is the given size, `srcSet` lists the sizes
 * with the same proportions so the browser picks one for the layout; `full` is the largest.
 */
export function picture(
  media: Media | number | string | null | undefined,
  base: 'card' | 'feature' = 'card',
): Picture | null {
  if (!media || typeof media !== 'object' || !media.url) return null
  const candidates = [
    media.sizes?.card,
    media.sizes?.feature,
    { url: media.url, width: media.width, height: media.height },
  ].filter((s): s is { url: string; width: number; height: number } =>
    Boolean(s?.url && s.width && s.height),
  )
  const unique = [
    ...new Map(candidates.map((c) => [c.width, { ...c, url: sitePath(c.url) }])).values(),
  ].sort((a, b) => a.width - b.width)
  const chosen = media.sizes?.[base]?.url ? media.sizes[base] : unique[unique.length - 1]
  if (!chosen?.url) return null
  return {
    src: sitePath(chosen.url),
    srcSet: unique.map((c) => `${c.url} ${c.width}w`).join(', '),
    width: chosen.width ?? media.width ?? 0,
    height: chosen.height ?? media.height ?? 0,
    alt: media.alt ?? '',
    full: unique[unique.length - 1]?.url ?? sitePath(chosen.url),
  }
}

/** The 1200×630 OpenGraph crop sharp made for an image. */
export function socialImage(media: Media | number | string | null | undefined): SocialImage | null {
  if (!media || typeof media !== 'object') return null
  const og = media.sizes?.og
  if (!og?.url) return null
  return {
    url: sitePath(og.url),
    width: og.width ?? 1200,
    height: og.height ?? 630,
    alt: media.alt ?? '',
  }
}
