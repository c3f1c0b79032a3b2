import type en from './messages/en.json'

// `useTranslations` keys (and namespaces) are checked against the English source file.
declare module 'use-intl' {
  interface AppConfig {
    Messages: typeof en
  }
}
