/** Paths of the pages that show a draft-enabled document, for the admin's live preview. */
export function previewPath(collection: string, data: Record<string, unknown>): string | null {
  if (collection === 'writings' && data.slug) return `/writing/${String(data.slug)}`
  if (collection === 'artworks' && data.slug) return `/art/${String(data.slug)}`
  if (collection === 'episodes' && data.number) return `/upfront/${String(data.number)}`
  return null
}

/**
 * A path on this site to send someone back to, or "/" when the value could lead elsewhere:
 * `//host`, `/\host` (browsers read the backslash as a slash), a scheme, or control characters.
 */
export function sameSitePath(value: string | null | undefined): string {
  if (!value || !/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\\]/.test(value)) return '/'
  const base = 'http://same.site'
  const url = new URL(value, base)
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/'
}
