'use client'

import type { ReactNode } from 'react'
import { IntlProvider } from 'use-intl'

import { intlLocale, type Locale } from './routing'
import { timeZone } from './format'

/**
 * Gives the client components inside it their strings (`useTranslations`). The server passes
 * only the namespaces they show, in the page's language: the browser never downloads the rest.
 */
export function Messages({
  locale,
  messages,
  children,
}: {
  locale: Locale
  messages: Record<string, unknown>
  children: ReactNode
}) {
  return (
    <IntlProvider locale={intlLocale(locale)} messages={messages} timeZone={timeZone}>
      {children}
    </IntlProvider>
  )
}
