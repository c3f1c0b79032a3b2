import UpFrontArchive from './view'

export { generateMetadata } from './view'

/** Without a query string: served from cache (a query is rewritten to ./q/[query]; src/lib/queryPath.mjs). */
export default function Page({ params }: { params: Promise<{ lang: string }> }) {
  return UpFrontArchive({ params, searchParams: Promise.resolve({}) })
}
