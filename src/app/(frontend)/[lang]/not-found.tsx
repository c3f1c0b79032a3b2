'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { useTranslations } from 'use-intl'

import { localePath, pathLocale } from '@/i18n/routing'

/** The styled 404, in the language of the address that was asked for. */
export default function NotFound() {
  const locale = pathLocale(usePathname() ?? '/')
  // The layout sends these pages' strings in the page's language (i18n/Messages.client).
  const m = useTranslations()
  return (
    <section className="not-found" aria-labelledby="nf-title">
      <title>{`${m('notFound.title')} · ${m('siteName')}`}</title>
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 id="nf-title">{m('notFound.title')}</h1>
      <p>{m('notFound.body')}</p>
      <ul role="list" className="inline-list">
        <li>
          <Link href={localePath(locale, '/')}>{m('notFound.home')}</Link>
        </li>
        <li>
          <Link href={localePath(locale, '/search')}>{m('notFound.search')}</Link>
        </li>
      </ul>
    </section>
  )
}
