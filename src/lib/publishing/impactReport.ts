import { stringify } from 'csv-stringify/sync'
import type { Payload, Where } from 'payload'

import { publicWork } from '@/access/submittedWork'
import { distinctValues, published } from '@/lib/data/shared'
import { relIds } from '@/lib/relations'
import { languageNames, t, type Locale } from '@/i18n'

/**
 * "By the numbers" for a date range, for funders and the advisory committee. Everything is
 * counted by the database (counts and distinct values), as on /numbers; only totals leave here.
 * The range is [from, to): `to` is the day after the last day reported.
 */
export type Report = {
  from: string
  to: string
  figures: { key: string; label: string; value: number }[]
  months: { month: string; writings: number; artworks: number }[]
  languages: { language: string; label: string; writings: number }[]
}

export async function loadReport(
  payload: Payload,
  from: string,
  to: string,
  lang: Locale,
): Promise<Report> {
  const m = t(lang, 'publishing')
  const between = (field: string): Where[] => [
    { [field]: { greater_than_equal: from } },
    { [field]: { less_than: to } },
  ]
  const work = (field = 'publishedAt'): Where => ({ and: [publicWork, ...between(field)] })
  const aired: Where = { and: [published, ...between('airDate')] }
  const count = async (
    collection: 'writings' | 'artworks' | 'episodes' | 'compilations' | 'exhibitions' | 'events',
    where: Where,
  ) => (await payload.count({ collection, overrideAccess: true, where })).totalDocs
  const distinct = (
    collection: 'writings' | 'artworks' | 'episodes',
    field: string,
    where: Where,
    limit?: number,
  ) => distinctValues(payload, collection, field, where, limit)

  const [
    writings,
    artworks,
    writers,
    artists,
    episodes,
    guests,
    compilations,
    exhibitions,
    events,
    languages,
  ] = await Promise.all([
    count('writings', work()),
    count('artworks', work()),
    distinct('writings', 'contributor', work(), 1),
    distinct('artworks', 'contributor', work(), 1),
    count('episodes', aired),
    distinct('episodes', 'guests', aired, 1),
    count('compilations', { and: [published, ...between('publishedAt')] }),
    count('exhibitions', { and: [published, ...between('opens')] }),
    payload.find({
      collection: 'events',
      overrideAccess: true,
      pagination: false,
      depth: 0,
      where: { and: between('start') },
      select: { attendance: true, featuredContributors: true, kind: true },
    }),
    distinct('writings', 'language', work()),
  ])
  const readers = new Set(
    events.docs
      .filter((e) => e.kind !== 'art_show')
      .flatMap((e) => relIds(e.featuredContributors).map(String)),
  )
  const attendance = events.docs.reduce((sum, e) => sum + (e.attendance ?? 0), 0)
  const languageCounts = await Promise.all(
    languages.values.map(async (v) => {
      const language = String((v as { language?: unknown }).language)
      return {
        language,
        label: languageNames[language] ?? language,
        writings: await count('writings', { and: [work(), { language: { equals: language } }] }),
      }
    }),
  )
  const months: Report['months'] = []
  const start = new Date(from)
  const end = new Date(to)
  for (
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
    d < end;
    d.setUTCMonth(d.getUTCMonth() + 1)
  ) {
    const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
    const range: Where[] = [
      {
        publishedAt: {
          greater_than_equal: new Date(Math.max(d.getTime(), start.getTime())).toISOString(),
        },
      },
      {
        publishedAt: { less_than: new Date(Math.min(next.getTime(), end.getTime())).toISOString() },
      },
    ]
    const [w, a] = await Promise.all([
      count('writings', { and: [publicWork, ...range] }),
      count('artworks', { and: [publicWork, ...range] }),
    ])
    months.push({ month: d.toISOString().slice(0, 7), writings: w, artworks: a })
  }
  return {
    from,
    to,
    figures: [
      { key: 'writings', label: m('figures.writings'), value: writings },
      { key: 'writers', label: m('figures.writers'), value: writers.totalDocs },
      { key: 'artworks', label: m('figures.artworks'), value: artworks },
      { key: 'artists', label: m('figures.artists'), value: artists.totalDocs },
      { key: 'episodes', label: m('figures.episodes'), value: episodes },
      { key: 'guests', label: m('figures.guests'), value: guests.totalDocs },
      { key: 'events', label: m('figures.events'), value: events.docs.length },
      { key: 'readers', label: m('figures.readers'), value: readers.size },
      { key: 'attendance', label: m('figures.attendance'), value: attendance },
      { key: 'compilations', label: m('figures.compilations'), value: compilations },
      { key: 'exhibitions', label: m('figures.exhibitions'), value: exhibitions },
    ],
    months,
    languages: languageCounts.sort((a, b) => b.writings - a.writings),
  }
}

/** The report as CSV: one row per figure, month and language, with the period on every row. */
export function reportCsv(report: Report): Buffer {
  const period = [report.from.slice(0, 10), lastDay(report.to)]
  const rows: (string | number)[][] = [['section', 'metric', 'value', 'from', 'to']]
  for (const f of report.figures) rows.push(['totals', f.key, f.value, ...period])
  for (const mo of report.months) {
    rows.push(['per_month_writings', mo.month, mo.writings, ...period])
    rows.push(['per_month_artworks', mo.month, mo.artworks, ...period])
  }
  for (const l of report.languages)
    rows.push(['writings_by_language', l.language, l.writings, ...period])
  return Buffer.from(stringify(rows), 'utf8')
}

/** The last day a report covers: `to` is the day after it. */
export const lastDay = (to: string) =>
  new Date(new Date(to).getTime() - 86_400_000).toISOString().slice(0, 10)
