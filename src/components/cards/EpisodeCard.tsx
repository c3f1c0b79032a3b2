import Link from 'next/link'

import { formatDate, formatDuration, localePath, t, type Locale } from '@/i18n'
import type { EpisodeCard as Card } from '@/lib/data/episodes'

export function EpisodeCard({
  item,
  locale,
  headingLevel = 3,
}: {
  item: Card
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const m = t(locale)
  const H = `h${headingLevel}` as const
  return (
    <article className="episode-card">
      <p className="card__meta">
        {m('episode')} {item.number} ·{' '}
        <time dateTime={item.airDate}>{formatDate(locale, item.airDate)}</time>
        {item.duration ? ` · ${formatDuration(item.duration)}` : ''}
      </p>
      <H className="card__title">
        <Link href={localePath(locale, `/upfront/${item.number}`)}>{item.title}</Link>
      </H>
      <p>{item.summary}</p>
      {item.guests.length ? (
        <p className="card__guests">
          {m('upfront.guests')}: {item.guests.map((g) => g.name).join(', ')}
        </p>
      ) : null}
    </article>
  )
}
