export const QUERY_PAGES: { path: RegExp; keys: readonly string[] }[]
export const QUERY_SEGMENT: string
export function normalisedQuery(pagePath: string, search: URLSearchParams): string | null
export function queryRewrite(
  pathname: string,
  search: URLSearchParams,
): { lang: string | undefined; path: string } | null
export function queryParams(params: Promise<{ query: string }>): Promise<Record<string, string>>
