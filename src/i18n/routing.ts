import { WORK_LANGUAGES } from '@/lib/languages'
import { LOCALES } from './locales.mjs'

/**
 * The six interface languages and their addresses. Safe for the browser: no strings here (those
 * are in ./messages, loaded by ./index on the server).
 */
export const locales = LOCALES
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

/** The page's `lang` and `hreflang`: Chinese is written in simplified characters. */
export const htmlLang = (locale: Locale): string => (locale === 'zh' ? 'zh-Hans' : locale)

/** The locale Intl formats with. Haitian Creole has no CLDR data: see formatDate. */
export const intlLocale = (locale: Locale): string => (locale === 'ht' ? 'fr-HT' : htmlLang(locale))

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

/** The language a path is in: `/ht/writing` → ht, `/writing` → en. */
export function pathLocale(pathname: string): Locale {
  const first = pathname.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}

/** English lives at the root, the others under their code: `/writing` ↔ `/ht/writing`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === defaultLocale) return clean
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`
}

/** The same page in another language (the switcher keeps the page and its query). */
export function switchLocalePath(pathname: string, to: Locale): string {
  const from = pathLocale(pathname)
  const bare = from === defaultLocale ? pathname : pathname.slice(from.length + 1) || '/'
  return localePath(to, bare)
}

/** Each interface language in its own name, for the switcher. */
export const localeNames: Record<Locale, string> = Object.fromEntries(
  locales.map((l) => [l, WORK_LANGUAGES.find((w) => w.code === l)?.name ?? l]),
) as Record<Locale, string>

/** The name on the closed language menu, short enough for a phone's header. */
export const localeShortName = (locale: Locale): string =>
  locale === 'ht' ? 'Kreyòl' : localeNames[locale]

/** Names of the languages pieces are written in, in their own language. */
export const languageNames: Record<string, string> = {
  ...Object.fromEntries(WORK_LANGUAGES.map(({ code, name }) => [code, name])),
  other: '—',
}
