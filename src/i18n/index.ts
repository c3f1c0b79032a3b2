import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'use-intl/core'

import en from './messages/en.json'
import es from './messages/es.json'
import ht from './messages/ht.json'
import pt from './messages/pt.json'
import vi from './messages/vi.json'
import zh from './messages/zh.json'
import { timeZone } from './format'
import { intlLocale, locales, type Locale } from './routing'

export * from './routing'
export * from './format'

/**
 * The interface's strings, one ICU MessageFormat file per language in ./messages; English is the
 * source (see README, "Translating"). Server code translates with `t`; a client component gets
 * only the namespaces it shows, through <Messages> (./Messages.client).
 */
export type Messages = typeof en

/** Besides its strings, a language file lists those still awaiting a native speaker's review. */
type MessageFile = { _meta?: { needsReview?: string[] } }

/** A language's strings; where one is missing the English one stands in (i18n:check fails CI on it). */
function withEnglish(source: Record<string, unknown>, fallback: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fallback)) {
    const own = source[key]
    out[key] =
      value && typeof value === 'object'
        ? withEnglish((own ?? {}) as Record<string, unknown>, value as Record<string, unknown>)
        : typeof own === 'string' && own
          ? own
          : value
  }
  return out
}

const messageFiles: Record<Locale, Messages & MessageFile> = { en, es, pt, ht, zh, vi }
const catalog = Object.fromEntries(
  locales.map((l) => [l, withEnglish(messageFiles[l] as Record<string, unknown>, en) as Messages]),
) as Record<Locale, Messages>

/** One language's whole catalogue. */
export const messagesFor = (locale: Locale): Messages => catalog[locale]

/** Some namespaces of one language: what a client component is sent. */
export function pickMessages<K extends keyof Messages>(locale: Locale, keys: readonly K[]) {
  return Object.fromEntries(keys.map((k) => [k, catalog[locale][k]])) as Pick<Messages, K>
}

/** The strings of the pages the site frame itself shows, the 404 and the error page. */
export const FRAME_STRINGS = ['siteName', 'unavailable', 'notFound'] as const
export type FrameStrings = Pick<Messages, (typeof FRAME_STRINGS)[number]>

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>
const translators = new Map<string, unknown>()

/**
 * A translator for one language (and optionally one namespace): `t('es')('nav.writing')`,
 * `t(locale, 'pagination')('page', { n, total })`. Made once per language and namespace.
 */
export function t<N extends Namespace = never>(locale: Locale, namespace?: N) {
  const key = `${locale}:${namespace ?? ''}`
  let translate = translators.get(key)
  if (!translate) {
    translate = createTranslator({
      locale: intlLocale(locale),
      messages: catalog[locale],
      namespace,
      timeZone,
    })
    translators.set(key, translate)
  }
  return translate as ReturnType<typeof createTranslator<Messages, N>>
}

/** Namespaces that label a stored value the data layer hands over as a plain string. */
type Vocabulary = 'forms' | 'events.kinds'

/** The label of a stored value in a language, or the value itself if the catalogue has none. */
export function label(locale: Locale, vocabulary: Vocabulary, value: string): string {
  let node: unknown = catalog[locale]
  for (const part of vocabulary.split('.')) node = (node as Record<string, unknown>)?.[part]
  const found = (node as Record<string, unknown> | undefined)?.[value]
  return typeof found === 'string' ? found : value
}
