import Link from 'next/link'
import { Suspense } from 'react'

import { localePath, t, type Locale } from '@/i18n'
import { LanguageSwitch, NavLinks } from './NavLinks.client'

export function Logo() {
  return (
    <svg viewBox="0 0 48 48" width="36" height="36" aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="10" fill="currentColor" />
      <path d="M12 14h6l6 17 6-17h6L27 36h-6z" fill="#fff8ef" />
    </svg>
  )
}

export function SiteHeader({ locale }: { locale: Locale }) {
  const m = t(locale)
  const other: Locale = locale === 'en' ? 'es' : 'en'
  const items = (
    ['writing', 'art', 'exhibitions', 'compilations', 'upfront', 'events', 'search'] as const
  ).map((key) => ({ href: localePath(locale, `/${key}`), label: m.nav[key] }))
  items.push({ href: localePath(locale, '/submit'), label: m.nav.submit })
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <Link href={localePath(locale, '/')} className="brand">
          <Logo />
          <span>{m.siteName}</span>
        </Link>
        <Suspense
          fallback={
            <a href={localePath(other, '/')} className="lang-switch" hrefLang={other} lang={other}>
              {m.otherLanguage}
            </a>
          }
        >
          <LanguageSwitch to={other} label={m.otherLanguage} title={m.otherLanguageLabel} />
        </Suspense>
      </div>
      <div className="wrap">
        <NavLinks items={items} label={m.mainNav} />
      </div>
    </header>
  )
}
