import { queryParams } from '@/lib/queryPath.mjs'
import SearchPage from '../../view'

export { generateMetadata } from '../../view'

/** With its normalised query as a path segment, cached per query (src/lib/queryPath.mjs). */
export const generateStaticParams = () => []

export default function Page({ params }: { params: Promise<{ lang: string; query: string }> }) {
  return SearchPage({ params, searchParams: queryParams(params) })
}
