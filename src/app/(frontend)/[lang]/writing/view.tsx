import { ArchiveList, topicFilter, yearFilter } from '@/components/ArchiveList'
import { WritingCard } from '@/components/cards/WritingCard'
import { WORK_LANGUAGES } from '@/lib/languages'
import { WRITING_FORMS } from '@/lib/vocabularies'
import { languageNames, label, localePath, t } from '@/i18n'
import { listTopics } from '@/lib/data/topics'
import { listWritings, listWritingYears } from '@/lib/data/writings'
import { pageLocale, param, positiveInt } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = {
  params: Promise<{ lang: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = sectionMetadata('/writing', 'writing')

export default async function WritingArchive({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  const sp = await searchParams
  const filters = {
    form: param(sp.form),
    language: param(sp.language),
    topic: param(sp.topic),
    year: positiveInt(sp.year),
  }
  const page = positiveInt(sp.page) ?? 1
  const [result, topics, years] = await Promise.all([
    listWritings(locale, { ...filters, page }),
    listTopics(locale),
    listWritingYears(),
  ])
  return (
    <ArchiveList
      locale={locale}
      path={localePath(locale, '/writing')}
      title={m('writing.title')}
      intro={m('writing.intro')}
      filters={[
        {
          kind: 'select',
          name: 'form',
          label: m('filters.form'),
          value: filters.form,
          options: WRITING_FORMS.map((f) => ({ value: f, label: label(locale, 'forms', f) })),
        },
        {
          kind: 'select',
          name: 'language',
          label: m('filters.language'),
          value: filters.language,
          options: WORK_LANGUAGES.map(({ code }) => ({
            value: code,
            label: languageNames[code],
            lang: code,
          })),
        },
        topicFilter(locale, topics, filters.topic),
        yearFilter(locale, years, filters.year),
      ]}
      query={filters}
      result={result}
      listClassName="card-grid"
      renderItem={(w) => <WritingCard item={w} locale={locale} headingLevel={2} />}
    />
  )
}
