// Public pages that read their query string (filters, `?page=`, search, an episode's `?t=`) are
// still served from Next's cache: such a request goes, internally, to the same page with its
// normalised query as one extra path segment (`/writing?page=2&form=poem` →
// `/writing/q/form%3Dpoem%26page%3D2`), and that route is cached like any page. Normalised means
// only the keys the page reads, in a fixed order, with empty values dropped: a repeated query
// (with any tracking parameters) costs no render. The address people see does not change.
//
// Plain ESM: server.mjs rewrites a reader's page request (a document) before Next sees it, which
// costs next to nothing; src/proxy.ts rewrites the app's own navigations (RSC requests), so that
// Next tells the browser's router where it was sent.

/** @type {{ path: RegExp, keys: readonly string[] }[]} */
export const QUERY_PAGES = [
  { path: /^\/writing$/, keys: ['form', 'language', 'topic', 'year', 'page'] },
  { path: /^\/art$/, keys: ['topic', 'page'] },
  { path: /^\/upfront$/, keys: ['q', 'topic', 'guest', 'year', 'page'] },
  { path: /^\/upfront\/\d+$/, keys: ['t'] },
  { path: /^\/search$/, keys: ['q', 'type', 'page'] },
  { path: /^\/guests$/, keys: ['page'] },
]

export const QUERY_SEGMENT = 'q'
const MAX_VALUE = 200
const LANG_PREFIX = /^\/([a-z]{2})(?=\/|$)/

/**
 * The normalised query of a page that reads one, or null (no such page, or nothing it reads).
 * @param {string} pagePath the page's path without its language
 * @param {URLSearchParams} search
 */
export function normalisedQuery(pagePath, search) {
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

/**
 * Where a request for a page that reads its query goes: its language, if the path names one, and
 * the cached path for its normalised query within that language; null when there is nothing to
 * rewrite.
 * @param {string} pathname
 * @param {URLSearchParams} search
 */
export function queryRewrite(pathname, search) {
  const lang = pathname.match(LANG_PREFIX)?.[1]
  const pagePath = lang ? pathname.slice(lang.length + 1) || '/' : pathname
  const query = normalisedQuery(pagePath, search)
  if (!query) return null
  return { lang, path: `${pagePath}/${QUERY_SEGMENT}/${encodeURIComponent(query)}` }
}

/**
 * The query values a `q/[query]` route was given, as a page's `searchParams`.
 * @param {Promise<{ query: string }>} params
 * @returns {Promise<Record<string, string>>}
 */
export async function queryParams(params) {
  const { query } = await params
  let decoded = ''
  try {
    decoded = decodeURIComponent(query)
  } catch {
    // A malformed segment reads as no query.
  }
  return Object.fromEntries(new URLSearchParams(decoded))
}
