import Link from 'next/link'
import { notFound } from 'next/navigation'

import { creditLine } from '@/components/cards/WritingCard'
import { PageHeader } from '@/components/PageHeader'
import { RichText } from '@/components/RichText'
import { formatDate, localePath, t } from '@/i18n'
import { getEvent, isPastEvent } from '@/lib/data/events'
import { pageLocale } from '@/lib/locale'
import { lexicalToPlainText } from '@/lib/searchText'
import { pageMetadata, summarize } from '@/lib/seo'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const event = await getEvent(locale, slug)
  if (!event) return {}
  return pageMetadata({
    locale,
    path: `/events/${slug}`,
    title: event.title,
    description: summarize(
      lexicalToPlainText(event.description) ||
        `${formatDate(locale, event.start, true)}, ${event.venue}`,
    ),
  })
}

export default async function EventPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const event = await getEvent(locale, slug)
  if (!event) notFound()
  const m = t(locale)
  const isPast = isPastEvent(event)
  return (
    <article className="reading">
      <PageHeader title={event.title} kicker={m(`events.kinds.${event.kind}`)} />
      <dl className="facts">
        <div>
          <dt>{m('events.when')}</dt>
          <dd>
            <time dateTime={event.start}>{formatDate(locale, event.start, true)}</time>
            {event.end ? (
              <>
                {' – '}
                <time dateTime={event.end}>{formatDate(locale, event.end, true)}</time>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{m('events.where')}</dt>
          <dd>{[event.venue, event.address].filter(Boolean).join(', ')}</dd>
        </div>
        {event.accessibilityNotes ? (
          <div>
            <dt>{m('events.accessibility')}</dt>
            <dd>{event.accessibilityNotes}</dd>
          </div>
        ) : null}
      </dl>
      {isPast && event.attendance ? <p>{m('events.attendance', { n: event.attendance })}</p> : null}
      {!isPast && event.registrationUrl ? (
        <p>
          <a href={event.registrationUrl} className="button" rel="noopener noreferrer">
            {m('events.register')}
          </a>
        </p>
      ) : null}
      <RichText data={event.description} />
      {event.people.length ? (
        <section aria-labelledby="people">
          <h2 id="people">{m('events.readers')}</h2>
          <ul role="list" className="inline-list">
            {event.people.map((p) => (
              <li key={p.slug}>
                <Link href={localePath(locale, `/contributors/${p.slug}`)}>{p.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event.works.length ? (
        <section aria-labelledby="works">
          <h2 id="works">{m('events.works')}</h2>
          <ul role="list" className="plain-list">
            {event.works.map((w) => (
              <li key={`${w.kind}-${w.slug}`}>
                <Link
                  href={localePath(
                    locale,
                    `/${w.kind === 'writing' ? 'writing' : 'art'}/${w.slug}`,
                  )}
                >
                  {w.title}
                </Link>{' '}
                — {creditLine(w.byline, locale)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event.exhibition ? (
        <p>
          {m('events.exhibition')}:{' '}
          <Link href={localePath(locale, `/exhibitions/${event.exhibition.slug}`)}>
            {event.exhibition.title}
          </Link>
        </p>
      ) : null}
      <p>
        <a href={localePath(locale, '/events/calendar.ics')}>{m('events.addToCalendar')}</a>
      </p>
    </article>
  )
}
