import { ArtworkCard } from '@/components/cards/ArtworkCard'
import { FilterForm } from '@/components/FilterForm'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { localePath, t } from '@/i18n'
import { listArtworks } from '@/lib/data/artworks'
import { listTopics } from '@/lib/data/topics'
import { pageLocale, param, positiveInt } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = {
  params: Promise<{ lang: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = sectionMetadata('/art', 'art')

export default async function ArtGallery({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  const sp = await searchParams
  const filters = { topic: param(sp.topic) }
  const page = positiveInt(sp.page) ?? 1
  const [result, topics] = await Promise.all([
    listArtworks(locale, { ...filters, page }),
    listTopics(locale),
  ])
  const path = localePath(locale, '/art')
  return (
    <>
      <PageHeader title={m('art.title')} intro={m('art.intro')} />
      <FilterForm
        locale={locale}
        action={path}
        fields={[
          {
            kind: 'select',
            name: 'topic',
            label: m('filters.topic'),
            value: filters.topic,
            options: topics.map((tp) => ({ value: tp.slug, label: tp.name })),
          },
        ]}
      />
      <p className="result-count" role="status">
        {m('resultCount', { n: result.totalDocs })}
      </p>
      {result.items.length === 0 ? (
        <p>{m('noResults')}</p>
      ) : (
        <ul className="art-grid" role="list">
          {result.items.map((a, i) => (
            <li key={a.id}>
              <ArtworkCard item={a} locale={locale} headingLevel={2} priority={i < 2} />
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
