import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { FRAME_STRINGS, htmlLang, pickMessages, t } from '@/i18n'
import { FrameStringsProvider } from '@/i18n/FrameStrings.client'
import { serverURL } from '@/lib/env'
import { pageLocale } from '@/lib/locale'
import '@/styles/site.css'

// Public pages are made on their first request and then served whole from Next's cache until
// their data changes: the same tags that expire the data cache expire the pages that used it
// (src/hooks/revalidate.ts), so a published change shows on the next request. None is made at
// build time (a build never needs the database). The hour is a safety net for what changes with
// time alone (an event becoming past). Pages that read the query string, the submission form and
// the status pages render per request.
export const generateStaticParams = () => []
export const revalidate = 3600

export async function generateMetadata({
  params,
}: {
  params: Promise<{ lang: string }>
}): Promise<Metadata> {
  const m = t(await pageLocale(params))
  return {
    metadataBase: new URL(serverURL),
    title: { default: m('siteName'), template: `%s · ${m('siteName')}` },
    description: m('tagline'),
    icons: [{ rel: 'icon', url: '/icon.svg', type: 'image/svg+xml' }],
  }
}

export const viewport: Viewport = { themeColor: '#b3261e', width: 'device-width', initialScale: 1 }

export default async function FrontendLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ lang: string }>
}) {
  const locale = await pageLocale(params)
  const m = t(locale)
  return (
    <html lang={htmlLang(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {m('skipToContent')}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="wrap" tabIndex={-1}>
          <FrameStringsProvider strings={pickMessages(locale, FRAME_STRINGS)}>
            {children}
          </FrameStringsProvider>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
