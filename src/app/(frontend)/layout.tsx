import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { t } from '@/i18n/messages'
import { serverURL } from '@/lib/env'
import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(serverURL),
  title: { default: 'Voice & Visibility', template: '%s · Voice & Visibility' },
  description: t('en').tagline,
  icons: [{ rel: 'icon', url: '/icon.svg', type: 'image/svg+xml' }],
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  const m = t('en')
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          {m.skipToContent}
        </a>
        <header className="site-header">
          <div className="wrap site-header__inner">
            <Link href="/" className="brand">
              <svg viewBox="0 0 48 48" width="36" height="36" aria-hidden="true">
                <rect width="48" height="48" rx="10" fill="currentColor" />
                <path d="M12 14h6l6 17 6-17h6L27 36h-6z" fill="#fff8ef" />
              </svg>
              <span>{m.siteName}</span>
            </Link>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{m.footer}</p>
            <p>
              <Link href="/admin">{m.editorsLink}</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
