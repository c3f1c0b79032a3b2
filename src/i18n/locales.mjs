// The six interface languages, English first (it lives at the root, the others under /<code>).
// Plain JavaScript so next.config.mjs can read it too; src/i18n/routing.ts types it.
export const LOCALES = /** @type {const} */ (['en', 'es', 'pt', 'ht', 'zh', 'vi'])
