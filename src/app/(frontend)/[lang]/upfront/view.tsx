import { ArchiveList, topicFilter, yearFilter } from '@/components/ArchiveList'
import { EpisodeCard } from '@/components/cards/EpisodeCard'
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
  return (
    <ArchiveList
      locale={locale}
      path={localePath(locale, '/upfront')}
      title={m('upfront.title')}
      intro={m('upfront.intro')}
      filters={[
        { kind: 'search', name: 'q', label: m('upfront.words'), value: filters.q },
        topicFilter(locale, topics, filters.topic),
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
        yearFilter(locale, facets.years, filters.year),
      ]}
      query={filters}
      result={result}
      count={`${result.totalDocs} · ${m('guests.episodes').toLocaleLowerCase(locale)}`}
      listClassName="episode-list"
      renderItem={(e) => <EpisodeCard item={e} locale={locale} headingLevel={2} />}
    />
  )
}
