import EpisodePage from './view'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

export { generateMetadata } from './view'

/** Without a query string: served from cache (a query is rewritten to ./q/[query]; src/lib/queryPath.mjs). */
export default function Page({ params }: { params: Promise<{ lang: string; number: string }> }) {
  return EpisodePage({ params, searchParams: Promise.resolve({}) })
}
