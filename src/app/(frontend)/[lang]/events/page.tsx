import { EventCard } from '@/components/cards/EventCard'
import { PageHeader } from '@/components/PageHeader'
import { localePath, t } from '@/i18n'
import { listEvents, splitEvents } from '@/lib/data/events'
import { pageLocale } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = sectionMetadata('/events', 'events')

export default async function EventsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  const { upcoming, past } = splitEvents(await listEvents(locale))
  return (
    <>
      <PageHeader title={m('events.title')} intro={m('events.intro')}>
        <p>
          <a href={localePath(locale, '/events/calendar.ics')} className="button-secondary">
            {m('events.addToCalendar')}
          </a>
        </p>
      </PageHeader>
      <section aria-labelledby="upcoming" className="section">
        <h2 id="upcoming">{m('events.upcoming')}</h2>
        {upcoming.length === 0 ? <p>{m('home.noUpcoming')}</p> : null}
        <ul role="list" className="card-grid">
          {upcoming.map((e) => (
            <li key={e.id}>
              <EventCard item={e} locale={locale} />
            </li>
          ))}
        </ul>
      </section>
      {past.length ? (
        <section aria-labelledby="past" className="section">
          <h2 id="past">{m('events.past')}</h2>
          <ul role="list" className="card-grid">
            {past.map((e) => (
              <li key={e.id}>
                <EventCard item={e} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
