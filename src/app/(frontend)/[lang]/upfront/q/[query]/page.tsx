import { queryParams } from '@/lib/queryPath'
import UpFrontArchive from '../../view'

export { generateMetadata } from '../../view'

/** With its normalised query as a path segment, cached per query (src/lib/queryPath.ts). */
export const generateStaticParams = () => []

export default function Page({ params }: { params: Promise<{ lang: string; query: string }> }) {
  return UpFrontArchive({ params, searchParams: queryParams(params) })
}
