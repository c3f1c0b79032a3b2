export const LOCALES: readonly ['en', 'es', 'pt', 'ht', 'zh', 'vi']
