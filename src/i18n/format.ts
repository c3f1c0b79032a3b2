import { intlLocale, type Locale } from './routing'

/** The program is in Boston; event times are shown in its time zone. */
export const timeZone = 'America/New_York'

/** Haitian Creole month names (CLDR has no Haitian Creole; the rest of the date is French). */
const htMonths = [
  'janvye',
  'fevriye',
  'mas',
  'avril',
  'me',
  'jen',
  'jiyè',
  'out',
  'septanm',
  'oktòb',
  'novanm',
  'desanm',
]

/**
 * A date in the page's language. With a time (events) it is shown in the program's time zone;
 * a plain date (air dates, exhibition openings, publication) is the calendar day it was stored as.
 */
export function formatDate(locale: Locale, iso: string, withTime = false): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short', timeZone } : { timeZone: 'UTC' }),
  })
  const date = new Date(iso)
  if (locale !== 'ht') return format.format(date)
  const month = Number(
    new Intl.DateTimeFormat('en', {
      month: 'numeric',
      timeZone: withTime ? timeZone : 'UTC',
    }).format(date),
  )
  return format
    .formatToParts(date)
    .map((p) => (p.type === 'month' ? htMonths[month - 1] : p.value))
    .join('')
}

export const formatDateSpan = (locale: Locale, from: string, to: string | null) =>
  to ? `${formatDate(locale, from)} – ${formatDate(locale, to)}` : formatDate(locale, from)

export const formatNumber = (locale: Locale, n: number) =>
  new Intl.NumberFormat(intlLocale(locale)).format(n)

/** Lists sort in the page's language (Vietnamese and Chinese order differ from English). */
export const collator = (locale: Locale) =>
  new Intl.Collator(intlLocale(locale), { sensitivity: 'base', numeric: true })

/** 3725 → "1:02:05"; the way players show a length. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = String(s % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`
}
