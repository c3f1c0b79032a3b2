import Link from 'next/link'
import { Suspense } from 'react'

import { localePath, locales, messagesFor, t, type Locale } from '@/i18n'
import { LanguageSuggestion, LanguageSwitch } from './Language.client'
import { LanguageMenu } from './LanguageMenu'
import { NavLinks } from './NavLinks.client'

export function Logo() {
  return (
    <svg viewBox="0 0 48 48" width="36" height="36" aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="10" fill="currentColor" />
      <path d="M12 14h6l6 17 6-17h6L27 36h-6z" fill="#fff8ef" />
    </svg>
  )
}

/** Each other language's suggestion banner, in that language (the only strings sent for it). */
const suggestions = Object.fromEntries(
  locales.filter((l) => l !== 'en').map((l) => [l, messagesFor(l).suggestion]),
) as Parameters<typeof LanguageSuggestion>[0]['suggestions']

export function SiteHeader({ locale }: { locale: Locale }) {
  const m = t(locale)
  const items = (
    ['writing', 'art', 'exhibitions', 'compilations', 'upfront', 'events', 'search'] as const
  ).map((key) => ({ href: localePath(locale, `/${key}`), label: m(`nav.${key}`) }))
  items.push({ href: localePath(locale, '/submit'), label: m('nav.submit') })
  // Before the page knows its own address (a static page, before hydration), the menu's links
  // lead to each language's home page.
  const homes = Object.fromEntries(locales.map((l) => [l, localePath(l, '/')])) as Record<
    Locale,
    string
  >
  return (
    <header className="site-header">
      {locale === 'en' ? (
        <Suspense fallback={null}>
          <LanguageSuggestion suggestions={suggestions} />
        </Suspense>
      ) : null}
      <div className="wrap site-header__inner">
        <Link href={localePath(locale, '/')} className="brand">
          <Logo />
          <span>{m('siteName')}</span>
        </Link>
        <Suspense
          fallback={<LanguageMenu current={locale} label={m('languageSwitch')} hrefs={homes} />}
        >
          <LanguageSwitch current={locale} label={m('languageSwitch')} />
        </Suspense>
      </div>
      <div className="wrap">
        <NavLinks items={items} label={m('mainNav')} />
      </div>
    </header>
  )
}
