import Link from 'next/link'

import { localePath, t, type Locale } from '@/i18n'
import type { TopicRef } from '@/lib/data/shared'

/** Topics of a piece, each a link to the archive filtered by it. */
export function TopicLinks({
  locale,
  topics,
  base,
}: {
  locale: Locale
  topics: TopicRef[]
  base: string
}) {
  if (!topics.length) return null
  const m = t(locale)
  return (
    <section className="topics" aria-labelledby="topics-heading">
      <h2 id="topics-heading">{m('writing.topics')}</h2>
      <ul role="list" className="tag-list">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link href={localePath(locale, `${base}?topic=${topic.slug}`)}>{topic.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
