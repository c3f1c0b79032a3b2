import { en, type Messages } from './en'
import { es } from './es'
import { WORK_LANGUAGES } from '@/lib/languages'

/** Interface languages. Content language is per piece (see languageNames). */
export const locales = ['en', 'es'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

const messages: Record<Locale, Messages> = { en, es }
export const t = (locale: Locale): Messages => messages[locale]
export type { Messages }

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

/** English lives at the root, Spanish under /es: `/writing` ↔ `/es/writing`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === defaultLocale) return clean
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`
}

/** The same page in the other language (the switcher keeps the current page). */
export function switchLocalePath(pathname: string, to: Locale): string {
  const bare = pathname.replace(/^\/es(?=\/|$)/, '') || '/'
  return localePath(to, bare)
}

/** Names of the languages pieces are written in, in their own language. */
export const languageNames: Record<string, string> = {
  ...Object.fromEntries(WORK_LANGUAGES.map(({ code, name }) => [code, name])),
  other: '—',
}

/** The program is in Boston; event times are shown in its time zone. */
export const timeZone = 'America/New_York'

/**
 * A date in the page's language. With a time (events) it is shown in the program's time zone;
 * a plain date (air dates, exhibition openings, publication) is the calendar day it was stored as.
 */
export const formatDate = (locale: Locale, iso: string, withTime = false) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short', timeZone } : { timeZone: 'UTC' }),
  }).format(new Date(iso))

export const formatDateSpan = (locale: Locale, from: string, to: string | null) =>
  to ? `${formatDate(locale, from)} – ${formatDate(locale, to)}` : formatDate(locale, from)

export const formatNumber = (locale: Locale, n: number) => new Intl.NumberFormat(locale).format(n)

/** 3725 → "1:02:05"; the way players show a length. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = String(s % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`
}
