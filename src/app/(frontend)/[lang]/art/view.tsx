import { ArchiveList, topicFilter } from '@/components/ArchiveList'
import { ArtworkCard } from '@/components/cards/ArtworkCard'
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
  return (
    <ArchiveList
      locale={locale}
      path={localePath(locale, '/art')}
      title={m('art.title')}
      intro={m('art.intro')}
      filters={[topicFilter(locale, topics, filters.topic)]}
      query={filters}
      result={result}
      listClassName="art-grid"
      renderItem={(a, i) => (
        <ArtworkCard item={a} locale={locale} headingLevel={2} priority={i < 2} />
      )}
    />
  )
}
