import ical from 'ical-generator'

import { label, localePath, t, timeZone, type Locale } from '@/i18n'
import { serverURL } from '@/lib/env'
import type { CalendarEvent } from '@/lib/data/events'

/** The program's events as an iCalendar (RFC 5545) document, made by ical-generator. */
export function eventsCalendar(locale: Locale, events: CalendarEvent[]): string {
  const m = t(locale)
  const calendar = ical({
    name: `${m('siteName')}: ${m('events.title')}`,
    description: m('events.intro'),
    timezone: timeZone,
    prodId: { company: 'Voice & Visibility', product: 'events', language: locale.toUpperCase() },
    url: new URL(localePath(locale, '/events'), serverURL).toString(),
  })
  for (const e of events) {
    const url = new URL(localePath(locale, `/events/${e.slug}`), serverURL).toString()
    const start = new Date(e.start)
    calendar.createEvent({
      id: `event-${e.id}@voice-and-visibility`,
      start,
      end: e.end ? new Date(e.end) : new Date(start.getTime() + 2 * 60 * 60 * 1000),
      summary: e.title,
      location: [e.venue, e.address].filter(Boolean).join(', '),
      description: [
        label(locale, 'events.kinds', e.kind),
        e.accessibilityNotes ? `${m('events.accessibility')}: ${e.accessibilityNotes}` : '',
        url,
      ]
        .filter(Boolean)
        .join('\n\n'),
      url,
    })
  }
  return calendar.toString()
}
