import Link from 'next/link'

import { formatDate, label, localePath, type Locale } from '@/i18n'
import type { EventCard as Card } from '@/lib/data/events'

export function EventCard({
  item,
  locale,
  headingLevel = 3,
}: {
  item: Card
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const H = `h${headingLevel}` as const
  return (
    <article className="event-card">
      <p className="card__meta">
        {label(locale, 'events.kinds', item.kind)} ·{' '}
        <time dateTime={item.start}>{formatDate(locale, item.start, true)}</time>
      </p>
      <H className="card__title">
        <Link href={localePath(locale, `/events/${item.slug}`)}>{item.title}</Link>
      </H>
      <p>{item.venue}</p>
    </article>
  )
}
