import { LOCALES } from './locales.mjs'

/** The languages the admin speaks: Payload's own translations of its interface exist for these. */
export const ADMIN_LANGUAGES = ['en', 'es', 'pt', 'zh', 'vi', 'fr'] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]

/**
 * Admin languages the site does not speak (French, for Haitian Creole editors): the admin
 * catalogue holds their words for the site's vocabularies too (`siteVocabulary`).
 */
export const ADMIN_ONLY_LANGUAGES = ADMIN_LANGUAGES.filter(
  (l) => !(LOCALES as readonly string[]).includes(l),
)

/** The site's vocabularies the admin shows as choices; their words live in the site's catalogue. */
export const SITE_VOCABULARIES = ['forms', 'events.kinds', 'submit.credits'] as const
export type SiteVocabulary = (typeof SITE_VOCABULARIES)[number]
