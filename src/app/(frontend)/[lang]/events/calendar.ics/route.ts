import { isLocale } from '@/i18n'
import { listCalendarEvents } from '@/lib/data/events'
import { eventsCalendar } from '@/lib/feeds/calendar'

/** /events/calendar.ics (and /es/events/calendar.ics): every event, for calendar apps. */
export async function GET(_req: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  if (!isLocale(lang)) return new Response('Not found', { status: 404 })
  const body = eventsCalendar(lang, await listCalendarEvents(lang))
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="voice-and-visibility-events.ics"',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
