import type { I18n } from '@payloadcms/translations'

import en from './messages/admin/en.json'
import es from './messages/admin/es.json'
import fr from './messages/admin/fr.json'
import pt from './messages/admin/pt.json'
import vi from './messages/admin/vi.json'
import zh from './messages/admin/zh.json'
import { ADMIN_LANGUAGES, type AdminLanguage, type SiteVocabulary } from './adminLanguages'
import { messagesFor } from './index'
import { isLocale } from './routing'

/**
 * The admin's own words in every language the admin speaks, one file per language in
 * ./messages/admin (English is the source; see README, "Translating"):
 * - `panels`: the editors' panels (review queue, impact report, Publishing, Takedown, the
 *   contributor match), given to Payload as custom translations and read with `t('vv:…')`;
 * - everything else: collection and field labels, descriptions and choices, handed to Payload as
 *   label objects (`L('writings.body')` → `{ en, es, pt, zh, vi, fr }`), so Payload shows the
 *   editor's language.
 * Haitian Creole editors use the admin in French or English (Payload has no Kreyòl).
 */
export { ADMIN_LANGUAGES, type AdminLanguage } from './adminLanguages'

type Catalogue = typeof en
type Tree = { [key: string]: unknown }
const catalogues: Record<AdminLanguage, Tree> = { en, es, pt, zh, vi, fr }

/** `'writings.body'`, `'options.roles.editor'`, `'panels.takedown'`: every string of the catalogue. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
export type AdminLabelKey = Leaves<Catalogue>

const lookup = (tree: unknown, key: string): string | undefined => {
  const found = key.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree)
  return typeof found === 'string' && found ? found : undefined
}

const everyLanguage = (find: (language: AdminLanguage) => string | undefined, key: string) =>
  Object.fromEntries(
    ADMIN_LANGUAGES.map((language) => [language, find(language) ?? lookup(en, key) ?? key]),
  ) as Record<AdminLanguage, string>

/** A label, description or message in every admin language; Payload shows the editor's. */
export function L(key: AdminLabelKey): Record<AdminLanguage, string> {
  return everyLanguage((language) => lookup(catalogues[language], key), key)
}

type OptionGroup = keyof Catalogue['options']

/** A select's choices: each value labelled by `options.<group>.<value>` in every admin language. */
export function adminOptions<V extends string>(group: OptionGroup, values: readonly V[]) {
  return values.map((value) => ({ value, label: L(`options.${group}.${value}` as AdminLabelKey) }))
}

/**
 * A select's choices in the words the public site uses for them (one source for both): from the
 * site's catalogue for the admin languages the site speaks, and from `siteVocabulary` in the
 * admin catalogue for French, which the site does not.
 */
export function siteOptions<V extends string>(vocabulary: SiteVocabulary, values: readonly V[]) {
  return values.map((value) => {
    const key = `${vocabulary}.${value}`
    return {
      value,
      label: everyLanguage(
        (language) =>
          isLocale(language)
            ? lookup(messagesFor(language), key)
            : lookup(catalogues[language].siteVocabulary, key),
        key,
      ),
    }
  })
}

/** Payload's custom translations (`i18n.translations` in payload.config.ts): the panels. */
export const adminTranslations = Object.fromEntries(
  ADMIN_LANGUAGES.map((language) => [
    language,
    { vv: { ...en.panels, ...(catalogues[language].panels as Tree) } },
  ]),
) as Record<AdminLanguage, { vv: Catalogue['panels'] }>

/** A plural's key without its `_one`/`_other` ending (Payload picks the form by `count`). */
type Base<K> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K
export type AdminKey = `vv:${Base<keyof Catalogue['panels']>}`

/** What a server component of the admin gets from Payload to speak the editor's language. */
export type AdminI18n = Pick<I18n<object, AdminKey>, 'language' | 'fallbackLanguage' | 't'>

/** The admin language Payload chose for a request (its cookie, then Accept-Language), or English. */
export const editorLanguage = (req?: { i18n?: { language?: string } }): AdminLanguage =>
  (ADMIN_LANGUAGES as readonly string[]).includes(req?.i18n?.language ?? '')
    ? (req!.i18n!.language as AdminLanguage)
    : 'en'

/**
 * One string of the catalogue in the editor's language, its `{{name}}` arguments filled: a
 * field's validation message, an error the admin shows. `req` is Payload's request, or a language.
 */
export function inEditorLanguage(
  key: AdminLabelKey,
  req?: { i18n?: { language?: string } } | AdminLanguage,
  args: Record<string, string | number> = {},
) {
  const language = typeof req === 'string' ? req : editorLanguage(req)
  return L(key)[language].replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) =>
    name in args ? String(args[name]) : all,
  )
}
