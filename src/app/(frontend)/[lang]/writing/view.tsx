import { WritingCard } from '@/components/cards/WritingCard'
import { FilterForm } from '@/components/FilterForm'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
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
  const path = localePath(locale, '/writing')
  return (
    <>
      <PageHeader title={m('writing.title')} intro={m('writing.intro')} />
      <FilterForm
        locale={locale}
        action={path}
        fields={[
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
          {
            kind: 'select',
            name: 'topic',
            label: m('filters.topic'),
            value: filters.topic,
            options: topics.map((tp) => ({ value: tp.slug, label: tp.name })),
          },
          {
            kind: 'select',
            name: 'year',
            label: m('filters.year'),
            value: filters.year,
            options: years.map((y) => ({ value: y, label: String(y) })),
          },
        ]}
      />
      <p className="result-count" role="status">
        {m('resultCount', { n: result.totalDocs })}
      </p>
      {result.items.length === 0 ? (
        <p>{m('noResults')}</p>
      ) : (
        <ul className="card-grid" role="list">
          {result.items.map((w) => (
            <li key={w.id}>
              <WritingCard item={w} locale={locale} headingLevel={2} />
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
