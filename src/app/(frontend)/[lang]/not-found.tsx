'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { useFrameStrings } from '@/i18n/FrameStrings.client'
import { localePath, pathLocale } from '@/i18n/routing'

/** The styled 404, in the language of the address that was asked for. */
export default function NotFound() {
  const locale = pathLocale(usePathname() ?? '/')
  // The layout sends these pages' strings in the page's language (i18n/FrameStrings.client).
  const s = useFrameStrings()
  return (
    <section className="not-found" aria-labelledby="nf-title">
      <title>{`${s.notFound.title} · ${s.siteName}`}</title>
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 id="nf-title">{s.notFound.title}</h1>
      <p>{s.notFound.body}</p>
      <ul role="list" className="inline-list">
        <li>
          <Link href={localePath(locale, '/')}>{s.notFound.home}</Link>
        </li>
        <li>
          <Link href={localePath(locale, '/search')}>{s.notFound.search}</Link>
        </li>
      </ul>
    </section>
  )
}
