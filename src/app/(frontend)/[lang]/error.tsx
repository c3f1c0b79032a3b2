'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { useFrameStrings } from '@/i18n/FrameStrings.client'
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
  // The layout sends these pages' strings in the page's language (i18n/FrameStrings.client).
  const s = useFrameStrings()
  const unavailable = error.digest === 'VV_SERVICE_UNAVAILABLE'
  return (
    <section className="not-found" aria-labelledby="error-title">
      <title>{`${s.unavailable.title} · ${s.siteName}`}</title>
      <p className="not-found__code" aria-hidden="true">
        {unavailable ? 503 : 500}
      </p>
      <h1 id="error-title">{s.unavailable.title}</h1>
      <p>{unavailable ? s.unavailable.body : s.unavailable.error}</p>
      <ul role="list" className="inline-list">
        <li>
          <button type="button" className="button" onClick={reset}>
            {s.unavailable.retry}
          </button>
        </li>
        <li>
          <Link href={localePath(locale, '/')}>{s.unavailable.home}</Link>
        </li>
      </ul>
    </section>
  )
}
