/** Paths of the pages that show a draft-enabled document, for the admin's live preview. */
export function previewPath(collection: string, data: Record<string, unknown>): string | null {
  if (collection === 'writings' && data.slug) return `/writing/${String(data.slug)}`
  if (collection === 'artworks' && data.slug) return `/art/${String(data.slug)}`
  if (collection === 'episodes' && data.number) return `/upfront/${String(data.number)}`
  return null
}
