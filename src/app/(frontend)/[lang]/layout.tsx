import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { t } from '@/i18n'
import { serverURL } from '@/lib/env'
import { pageLocale } from '@/lib/locale'
import './styles.css'

// Pages render per request from the tagged data cache, so a build never needs the database
// and a published change shows on the next request.
export const dynamic = 'force-dynamic'

export async function generateMetadata({
  params,
}: {
  params: Promise<{ lang: string }>
}): Promise<Metadata> {
  const m = t(await pageLocale(params))
  return {
    metadataBase: new URL(serverURL),
    title: { default: m.siteName, template: `%s · ${m.siteName}` },
    description: m.tagline,
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
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {m.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
