/**
 * Public pages that read their query string (filters, `?page=`, search, an episode's `?t=`) are
 * still served from Next's cache: src/proxy.ts rewrites such a request, internally, to the same
 * page with its normalised query as one extra path segment (`/writing?page=2&form=poem` →
 * `/en/writing/q/form%3Dpoem%26page%3D2`), and that route is cached like any page. Normalised
 * means only the keys the page reads, in a fixed order, with empty values dropped: a repeated
 * query (with any tracking parameters) costs no render. The address people see does not change.
 */
export const QUERY_PAGES: { path: RegExp; keys: readonly string[] }[] = [
  { path: /^\/writing$/, keys: ['form', 'language', 'topic', 'year', 'page'] },
  { path: /^\/art$/, keys: ['topic', 'page'] },
  { path: /^\/upfront$/, keys: ['q', 'topic', 'guest', 'year', 'page'] },
  { path: /^\/upfront\/\d+$/, keys: ['t'] },
  { path: /^\/search$/, keys: ['q', 'type', 'page'] },
  { path: /^\/guests$/, keys: ['page'] },
]

export const QUERY_SEGMENT = 'q'
const MAX_VALUE = 200

/** The normalised query of a page that reads one, or null (no such page, or nothing it reads). */
export function normalisedQuery(pagePath: string, search: URLSearchParams): string | null {
  const page = QUERY_PAGES.find((p) => p.path.test(pagePath))
  if (!page) return null
  const kept = new URLSearchParams()
  for (const key of page.keys) {
    const value = search.get(key)?.trim().slice(0, MAX_VALUE)
    if (value) kept.set(key, value)
  }
  const query = kept.toString()
  return query || null
}

/** The query values a `q/[query]` route was given, as a page's `searchParams`. */
export async function queryParams(
  params: Promise<{ query: string }>,
): Promise<Record<string, string>> {
  const { query } = await params
  let decoded = ''
  try {
    decoded = decodeURIComponent(query)
  } catch {
    // A malformed segment reads as no query.
  }
  return Object.fromEntries(new URLSearchParams(decoded))
}
