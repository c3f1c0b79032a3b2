import Link from 'next/link'

import { languageNames, label, localePath, t, type Locale } from '@/i18n'
import type { WritingCard as Card } from '@/lib/data/writings'

export const creditLine = (byline: string, locale: Locale) => byline || t(locale)('anonymous')
export function WritingCard({
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
    <article className="card writing-card">
      <p className="card__meta">
        {label(locale, 'forms', item.form)} ·{' '}
        <span lang={item.language}>{languageNames[item.language] ?? item.language}</span>
      </p>
      <H lang={item.language} className="card__title">
        <Link href={localePath(locale, `/writing/${item.slug}`)}>{item.title}</Link>
      </H>
      <p className="card__byline">{creditLine(item.byline, locale)}</p>
      {item.excerpt ? (
        <p className="card__excerpt" lang={item.language}>
          {item.excerpt}
        </p>
      ) : null}
    </article>
  )
}
