import Link from 'next/link'

import { t, type Locale } from '@/i18n'

/** Previous/next links that keep the current filters; plain links, so no JavaScript needed. */
export function Pagination({
  locale,
  path,
  query,
  page,
  totalPages,
}: {
  locale: Locale
  path: string
  query: Record<string, string | number | undefined>
  page: number
  totalPages: number
}) {
  if (totalPages <= 1) return null
  const m = t(locale, 'pagination')
  const href = (p: number) => {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(query))
      if (v !== undefined && v !== '') params.set(k, String(v))
    if (p > 1) params.set('page', String(p))
    const qs = params.toString()
    return qs ? `${path}?${qs}` : path
  }
  return (
    <nav className="pagination" aria-label={m('label')}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← {m('previous')}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <p aria-current="page">{m('page', { n: page, total: totalPages })}</p>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          {m('next')} →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
