'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { localePath, locales } from '@/i18n/routing'

type Item = { href: string; label: string }

const homes = new Set(locales.map((l) => localePath(l, '/')))

/** The main menu; marks the section the reader is in. */
export function NavLinks({ items, label }: { items: Item[]; label: string }) {
  const pathname = usePathname()
  const current = (href: string) =>
    homes.has(href) ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)
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
