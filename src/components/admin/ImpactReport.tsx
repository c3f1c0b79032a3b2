import { userIsEditor } from '@/access/roles'
import type { User } from '@/payload-types'
import type { AdminI18n } from '@/i18n/admin'
import { defaultLocale, isLocale, localeNames, locales } from '@/i18n/routing'

type Props = { i18n: AdminI18n; user?: Pick<User, 'roles'> | null }

/**
 * Dashboard panel: the impact report for a date range. A plain form (works without JavaScript)
 * to the editor-only endpoint; the last twelve months are filled in.
 */
export function ImpactReport({ i18n, user }: Props) {
  if (!userIsEditor(user)) return null
  const { t } = i18n
  const today = new Date()
  const to = today.toISOString().slice(0, 10)
  const yearAgo = new Date(today)
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1)
  yearAgo.setUTCDate(yearAgo.getUTCDate() + 1)
  return (
    <section className="vv-report" aria-labelledby="vv-report-title">
      <h2 id="vv-report-title">{t('vv:reportTitle')}</h2>
      <p>{t('vv:reportIntro')}</p>
      <form method="get" action="/api/outputs/make">
        <label>
          {t('vv:from')}
          <input
            type="date"
            name="from"
            defaultValue={yearAgo.toISOString().slice(0, 10)}
            required
          />
        </label>
        <label>
          {t('vv:to')}
          <input type="date" name="to" defaultValue={to} required />
        </label>
        <label>
          {t('vv:language')}
          <select
            name="lang"
            defaultValue={isLocale(i18n.language) ? i18n.language : defaultLocale}
          >
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('vv:paper')}
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
            {t('vv:downloadPdf')}
          </button>
          <button
            className="btn btn--style-secondary btn--size-small"
            type="submit"
            name="kind"
            value="report-csv"
          >
            {t('vv:downloadCsv')}
          </button>
        </div>
      </form>
    </section>
  )
}
