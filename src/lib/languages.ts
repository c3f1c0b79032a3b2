/**
 * The languages worker writers write in, each named in itself: the one list behind the language
 * field, the names pages and the submission form show, and the outputs.
 */
export const WORK_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'pt', name: 'Português' },
  { code: 'ht', name: 'Kreyòl ayisyen' },
  { code: 'zh', name: '中文' },
  { code: 'vi', name: 'Tiếng Việt' },
] as const

export type WorkLanguage = (typeof WORK_LANGUAGES)[number]['code']
