import Link from 'next/link'

import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { localePath, t } from '@/i18n'
import { searchArchive, searchTypes, type SearchHit, type SearchType } from '@/lib/data/search'
import { pageLocale, param, positiveInt } from '@/lib/locale'
import { pageMetadata } from '@/lib/seo'

type Props = {
  params: Promise<{ lang: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  return {
    ...pageMetadata({
      locale,
      path: '/search',
      title: m('search.title'),
      description: m('search.intro'),
    }),
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  const sp = await searchParams
  const q = param(sp.q) ?? ''
  const typeParam = param(sp.type)
  const only = searchTypes.find((s) => s === typeParam) as SearchType | undefined
  const results = await searchArchive(locale, q, only, only ? (positiveInt(sp.page) ?? 1) : 1)
  const path = localePath(locale, '/search')
  const facetHref = (type?: SearchType) =>
    `${path}?${new URLSearchParams({ q, ...(type ? { type } : {}) }).toString()}`
  const hitItem = (hit: SearchHit, Heading: 'h2' | 'h3') => (
    <li key={`${hit.type}-${hit.path}`}>
      <Heading>
        <Link href={localePath(locale, hit.path)}>{hit.title}</Link>
      </Heading>
      {hit.detail ? <p>{hit.detail}</p> : null}
    </li>
  )

  return (
    <>
      <PageHeader title={m('search.title')} intro={m('search.intro')} />
      <form method="get" action={path} role="search" className="search-form">
        <label htmlFor="search-q">{m('search.label')}</label>
        <div className="search-form__row">
          <input id="search-q" name="q" type="search" defaultValue={q} autoComplete="off" />
          {only ? <input type="hidden" name="type" value={only} /> : null}
          <button type="submit">{m('search.button')}</button>
        </div>
      </form>
      {!q ? (
        <p>{m('search.empty')}</p>
      ) : (
        <>
          <p role="status" className="result-count">
            {m('search.results', { n: results.total, q })}
          </p>
          <nav aria-label={m('search.types')} className="facets">
            <ul role="list">
              <li>
                <Link href={facetHref()} aria-current={!only ? 'page' : undefined}>
                  {m('search.allTypes')} ({results.total})
                </Link>
              </li>
              {searchTypes
                .filter((type) => results.facets[type] > 0)
                .map((type) => (
                  <li key={type}>
                    <Link href={facetHref(type)} aria-current={only === type ? 'page' : undefined}>
                      {m(`types.${type}`)} ({results.facets[type]})
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          {only ? (
            <>
              <ol className="search-results" aria-label={m('search.resultsLabel')}>
                {results.hits.map((hit) => hitItem(hit, 'h2'))}
              </ol>
              <Pagination
                locale={locale}
                path={path}
                query={{ q, type: only }}
                page={results.page}
                totalPages={results.totalPages}
              />
            </>
          ) : (
            searchTypes
              .filter((type) => results.facets[type] > 0)
              .map((type) => {
                const shown = results.hits.filter((hit) => hit.type === type)
                return (
                  <section key={type} className="search-group" aria-labelledby={`results-${type}`}>
                    <h2 id={`results-${type}`}>
                      {m(`types.${type}`)} <span>({results.facets[type]})</span>
                    </h2>
                    <ol className="search-results">{shown.map((hit) => hitItem(hit, 'h3'))}</ol>
                    {results.facets[type] > shown.length ? (
                      <p className="search-group__more">
                        <Link href={facetHref(type)}>
                          {m('search.seeAll', {
                            n: results.facets[type],
                            type: m(`types.${type}`),
                          })}{' '}
                          →
                        </Link>
                      </p>
                    ) : null}
                  </section>
                )
              })
          )}
        </>
      )}
    </>
  )
}
