import ArtGallery from './view'

export { generateMetadata } from './view'

/** Without a query string: served from cache (a query is rewritten to ./q/[query]; src/lib/queryPath.mjs). */
export default function Page({ params }: { params: Promise<{ lang: string }> }) {
  return ArtGallery({ params, searchParams: Promise.resolve({}) })
}
