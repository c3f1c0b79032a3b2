import { BarChart } from '@/components/BarChart'
import { PageHeader } from '@/components/PageHeader'
import { formatNumber, languageNames, t } from '@/i18n'
import { getNumbers } from '@/lib/data/numbers'
import { pageLocale } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = sectionMetadata('/numbers', 'numbers')

/** "By the numbers", counted live; the chart is server-made SVG with a table beside it. */
export default async function NumbersPage({ params }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale, 'numbers')
  const n = await getNumbers()
  const figures = [
    { value: n.writers, label: m('writers') },
    { value: n.readers, label: m('readers') },
    { value: n.artists, label: m('artists') },
    { value: n.compilations, label: m('compilations') },
    { value: n.episodes, label: m('episodes') },
    { value: n.guests, label: m('guests') },
    { value: n.events, label: m('events') },
    { value: n.attendance, label: m('attendance') },
    { value: n.languages.length, label: m('languages') },
  ]
  return (
    <>
      <PageHeader title={m('title')} intro={m('intro')} />
      <ul role="list" className="figures figures--large">
        {figures.map((f) => (
          <li key={f.label}>
            <strong>{formatNumber(locale, f.value)}</strong> <span>{f.label}</span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="languages" className="section">
        <h2 id="languages">{m('languagesList')}</h2>
        <ul role="list" className="tag-list">
          {n.languages.map((l) => (
            <li key={l} lang={l}>
              {languageNames[l] ?? l}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="per-year" className="section">
        <h2 id="per-year">{m('perYear')}</h2>
        <BarChart
          locale={locale}
          title={m('perYear')}
          description={m('chartDescription')}
          rows={n.perYear.map((r) => ({ label: String(r.year), values: [r.writings, r.artworks] }))}
          series={[m('writingSeries'), m('artSeries')]}
          firstColumn={m('yearCol')}
        />
      </section>
    </>
  )
}
