import Link from 'next/link'

import { localePath, t, type Locale } from '@/i18n'

export function SiteFooter({ locale }: { locale: Locale }) {
  const m = t(locale)
  const links = [
    { href: localePath(locale, '/numbers'), label: m('nav.numbers') },
    { href: localePath(locale, '/guests'), label: m('upfront.allGuests') },
  ]
  // Not pages of this app's router: plain links.
  const files = [
    { href: localePath(locale, '/events/calendar.ics'), label: m('calendarFeed') },
    { href: '/admin', label: m('editorsLink') },
  ]
  return (
    <footer className="site-footer">
      <div className="wrap site-footer__inner">
        <p>{m('footer')}</p>
        <nav aria-label={m('footerNav')}>
          <ul role="list">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
            {files.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
