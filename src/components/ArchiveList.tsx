import type { ReactNode } from 'react'

import { FilterForm, type FilterField } from '@/components/FilterForm'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { t, type Locale } from '@/i18n'

type Page<T> = { items: T[]; totalDocs: number; page: number; totalPages: number }

/**
 * An archive section's list page (writing, art, UpFront!): its heading, filters as a plain GET
 * form, how many pieces match (announced to screen readers), the cards or "nothing found", and
 * the pages. Each archive gives its own filters, list style and card.
 */
export function ArchiveList<T extends { id: number | string }>({
  locale,
  path,
  title,
  intro,
  filters,
  query,
  result,
  count,
  listClassName,
  renderItem,
}: {
  locale: Locale
  /** The archive's path in this language (the form's action and the pages' links). */
  path: string
  title: string
  intro: string
  filters: FilterField[]
  /** The filters as read from the query string, kept by every page link. */
  query: Record<string, string | number | undefined>
  result: Page<T>
  /** What the count line says; "N results" unless given. */
  count?: string
  listClassName: string
  renderItem: (item: T, index: number) => ReactNode
}) {
  const m = t(locale)
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <FilterForm locale={locale} action={path} fields={filters} />
      <p className="result-count" role="status">
        {count ?? m('resultCount', { n: result.totalDocs })}
      </p>
      {result.items.length === 0 ? (
        <p>{m('noResults')}</p>
      ) : (
        <ul className={listClassName} role="list">
          {result.items.map((item, i) => (
            <li key={item.id}>{renderItem(item, i)}</li>
          ))}
        </ul>
      )}
      <Pagination
        locale={locale}
        path={path}
        query={query}
        page={result.page}
        totalPages={result.totalPages}
      />
    </>
  )
}

/** The topic filter every archive has. */
export const topicFilter = (
  locale: Locale,
  topics: { slug: string; name: string }[],
  value: string | undefined,
): FilterField => ({
  kind: 'select',
  name: 'topic',
  label: t(locale)('filters.topic'),
  value,
  options: topics.map((tp) => ({ value: tp.slug, label: tp.name })),
})

/** The year filter, over the years that have pieces. */
export const yearFilter = (
  locale: Locale,
  years: number[],
  value: number | undefined,
): FilterField => ({
  kind: 'select',
  name: 'year',
  label: t(locale)('filters.year'),
  value,
  options: years.map((y) => ({ value: y, label: String(y) })),
})
