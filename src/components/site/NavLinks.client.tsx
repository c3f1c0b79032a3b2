'use client'

import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

import { switchLocalePath, type Locale } from '@/i18n'

type Item = { href: string; label: string }

/** The main menu; marks the section the reader is in. */
export function NavLinks({ items, label }: { items: Item[]; label: string }) {
  const pathname = usePathname()
  const current = (href: string) =>
    href === '/' || href === '/es'
      ? pathname === href
      : pathname === href || pathname.startsWith(`${href}/`)
  return (
    <nav aria-label={label} className="site-nav">
      <ul role="list">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={current(item.href) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The same page in the other language, query (filters, search) kept. */
export function LanguageSwitch({ to, label, title }: { to: Locale; label: string; title: string }) {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  const href = `${switchLocalePath(pathname, to)}${query ? `?${query}` : ''}`
  return (
    <a href={href} hrefLang={to} lang={to} className="lang-switch" title={title}>
      {label}
    </a>
  )
}
