import { EpisodeCard } from '@/components/cards/EpisodeCard'
import { FilterForm } from '@/components/FilterForm'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { localePath, t } from '@/i18n'
import { listEpisodeFacets, listEpisodes } from '@/lib/data/episodes'
import { listTopics } from '@/lib/data/topics'
import { pageLocale, param, positiveInt } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = {
  params: Promise<{ lang: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = sectionMetadata('/upfront', 'upfront')

export default async function UpFrontArchive({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  const sp = await searchParams
  const filters = {
    q: param(sp.q),
    topic: param(sp.topic),
    guest: param(sp.guest),
    year: positiveInt(sp.year),
  }
  const page = positiveInt(sp.page) ?? 1
  const [result, facets, topics] = await Promise.all([
    listEpisodes(locale, { ...filters, page }),
    listEpisodeFacets(filters.guest),
    listTopics(locale),
  ])
  const path = localePath(locale, '/upfront')
  return (
    <>
      <PageHeader title={m('upfront.title')} intro={m('upfront.intro')} />
      <FilterForm
        locale={locale}
        action={path}
        fields={[
          { kind: 'search', name: 'q', label: m('upfront.words'), value: filters.q },
          {
            kind: 'select',
            name: 'topic',
            label: m('filters.topic'),
            value: filters.topic,
            options: topics.map((tp) => ({ value: tp.slug, label: tp.name })),
          },
          // Only when a link chose a guest (their name is also found by words): kept or cleared.
          ...(facets.guest
            ? [
                {
                  kind: 'select' as const,
                  name: 'guest',
                  label: m('filters.guest'),
                  value: facets.guest.slug,
                  options: [{ value: facets.guest.slug, label: facets.guest.name }],
                },
              ]
            : []),
          {
            kind: 'select',
            name: 'year',
            label: m('filters.year'),
            value: filters.year,
            options: facets.years.map((y) => ({ value: y, label: String(y) })),
          },
        ]}
      />
      <p className="result-count" role="status">
        {result.totalDocs} · {m('guests.episodes').toLocaleLowerCase(locale)}
      </p>
      {result.items.length === 0 ? (
        <p>{m('noResults')}</p>
      ) : (
        <ul role="list" className="episode-list">
          {result.items.map((e) => (
            <li key={e.id}>
              <EpisodeCard item={e} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        locale={locale}
        path={path}
        query={filters}
        page={result.page}
        totalPages={result.totalPages}
      />
    </>
  )
}
