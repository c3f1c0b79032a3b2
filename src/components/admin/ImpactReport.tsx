import { userIsEditor } from '@/access/roles'
import type { User } from '@/payload-types'
import { defaultLocale, isLocale, localeNames, locales } from '@/i18n/routing'

type Props = { i18n?: { language?: string }; user?: Pick<User, 'roles'> | null }

const labels = {
  en: {
    heading: 'Impact report',
    intro:
      'The numbers for a period, for funders and the advisory committee: a PDF with charts, or a CSV for a spreadsheet.',
    from: 'From',
    to: 'To (inclusive)',
    language: 'Language',
    paper: 'Paper',
    pdf: 'Download PDF',
    csv: 'Download CSV',
  },
  es: {
    heading: 'Informe de impacto',
    intro:
      'Las cifras de un período, para financiadores y el comité asesor: un PDF con gráficos o un CSV para una hoja de cálculo.',
    from: 'Desde',
    to: 'Hasta (incluido)',
    language: 'Idioma',
    paper: 'Papel',
    pdf: 'Descargar PDF',
    csv: 'Descargar CSV',
  },
}

/**
 * Dashboard panel: the impact report for a date range. A plain form (works without JavaScript)
 * to the editor-only endpoint; the last twelve months are filled in.
 */
export function ImpactReport({ i18n, user }: Props) {
  if (!userIsEditor(user)) return null
  const lang = i18n?.language === 'es' ? 'es' : 'en'
  const m = labels[lang]
  const today = new Date()
  const to = today.toISOString().slice(0, 10)
  const yearAgo = new Date(today)
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1)
  yearAgo.setUTCDate(yearAgo.getUTCDate() + 1)
  return (
    <section className="vv-report" aria-labelledby="vv-report-title">
      <h2 id="vv-report-title">{m.heading}</h2>
      <p>{m.intro}</p>
      <form method="get" action="/api/outputs/make">
        <label>
          {m.from}
          <input
            type="date"
            name="from"
            defaultValue={yearAgo.toISOString().slice(0, 10)}
            required
          />
        </label>
        <label>
          {m.to}
          <input type="date" name="to" defaultValue={to} required />
        </label>
        <label>
          {m.language}
          <select
            name="lang"
            defaultValue={isLocale(i18n?.language) ? i18n?.language : defaultLocale}
          >
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.paper}
          <select name="paper" defaultValue="letter">
            <option value="letter">US Letter</option>
            <option value="a4">A4</option>
          </select>
        </label>
        <div className="vv-report__actions">
          <button
            className="btn btn--style-primary btn--size-small"
            type="submit"
            name="kind"
            value="report-pdf"
          >
            {m.pdf}
          </button>
          <button
            className="btn btn--style-secondary btn--size-small"
            type="submit"
            name="kind"
            value="report-csv"
          >
            {m.csv}
          </button>
        </div>
      </form>
    </section>
  )
}
