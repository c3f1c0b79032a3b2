import Link from 'next/link'

import { Picture } from '@/components/Picture'
import { localePath, type Locale } from '@/i18n'
import type { ArtworkCard as Card } from '@/lib/data/artworks'
import { creditLine } from './WritingCard'

export function ArtworkCard({
  item,
  locale,
  headingLevel = 3,
  priority = false,
}: {
  item: Card
  locale: Locale
  headingLevel?: 2 | 3
  priority?: boolean
}) {
  const H = `h${headingLevel}` as const
  return (
    <article className="art-card">
      {item.image ? (
        <Picture
          image={item.image}
          sizes="(min-width: 72rem) 17rem, (min-width: 40rem) 45vw, 90vw"
          priority={priority}
        />
      ) : null}
      <H className="card__title">
        <Link href={localePath(locale, `/art/${item.slug}`)}>{item.title}</Link>
      </H>
      <p className="card__byline">
        {creditLine(item.byline, locale)}
        {item.medium ? ` · ${item.medium}` : ''}
        {item.year ? ` · ${item.year}` : ''}
      </p>
    </article>
  )
}
