'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { useTranslations } from 'use-intl'

import { localePath, pathLocale } from '@/i18n/routing'

/**
 * The styled error page, in the language of the address: when the database is unavailable
 * (the server answers 503) it says the archive is briefly away; for anything else, that the
 * fault is ours. Never a stack trace.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const locale = pathLocale(usePathname() ?? '/')
  // The layout sends these pages' strings in the page's language (i18n/Messages.client).
  const m = useTranslations()
  const unavailable = error.digest === 'VV_SERVICE_UNAVAILABLE'
  return (
    <section className="not-found" aria-labelledby="error-title">
      <title>{`${m('unavailable.title')} · ${m('siteName')}`}</title>
      <p className="not-found__code" aria-hidden="true">
        {unavailable ? 503 : 500}
      </p>
      <h1 id="error-title">{m('unavailable.title')}</h1>
      <p>{unavailable ? m('unavailable.body') : m('unavailable.error')}</p>
      <ul role="list" className="inline-list">
        <li>
          <button type="button" className="button" onClick={reset}>
            {m('unavailable.retry')}
          </button>
        </li>
        <li>
          <Link href={localePath(locale, '/')}>{m('unavailable.home')}</Link>
        </li>
      </ul>
    </section>
  )
}
