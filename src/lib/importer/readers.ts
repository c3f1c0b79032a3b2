import { parse } from 'csv-parse/sync'
import Parser from 'rss-parser'

import { COLUMNS, REQUIRED_COLUMNS, type RawRow } from './row'

/** A row of the source, with where it is (a CSV line, or a feed item) for the report. */
export type SourceRow = { where: string; raw: RawRow; problem?: string }
export type Source = { format: 'csv' | 'rss'; rows: SourceRow[] }

/** A problem with the whole file: nothing is imported. */
export class ArchiveFileError extends Error {}

export async function readArchive(text: string): Promise<Source> {
  const body = text.replace(/^\uFEFF/, '')
  return /^\s*</.test(body) ? { format: 'rss', rows: await readFeed(body) } : readCsv(body)
}

/**
 * A CSV with a header row naming its columns (any order; an unknown column is refused so a
 * misspelt one isn't silently ignored). A row with the wrong number of fields is reported and
 * skipped; a quote that never closes makes the file unreadable.
 */
function readCsv(text: string): Source {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records
  } catch (error) {
    throw new ArchiveFileError(`The CSV can't be read: ${(error as Error).message}`)
  }
  if (!records.length) throw new ArchiveFileError('The CSV is empty.')
  const header = records[0].record.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'))
  const unknown = header.filter((n) => !(COLUMNS as readonly string[]).includes(n))
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c))
  if (unknown.length || missing.length) {
    throw new ArchiveFileError(
      [
        missing.length ? `The CSV has no ${missing.map((c) => `"${c}"`).join(', ')} column.` : '',
        unknown.length ? `Unknown column(s): ${unknown.map((c) => `"${c}"`).join(', ')}.` : '',
        `Columns are: ${COLUMNS.join(', ')} (see the README).`,
      ]
        .filter(Boolean)
        .join(' '),
    )
  }
  return {
    format: 'csv',
    // A record may span lines (a quoted value with line breaks): report the line it starts on.
    rows: records.slice(1).map(({ record }, i) => ({
      where: `line ${records[i].info.lines + 1}`,
      raw: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
      problem:
        record.length === header.length
          ? undefined
          : `${record.length} fields where the header has ${header.length} (a comma inside a value needs "quotes")`,
    })),
  }
}

type FeedItem = Parser.Item & {
  itunes?: { episode?: string; season?: string; duration?: string; summary?: string }
  persons?: ({ _: string; $?: { role?: string } } | string)[]
  chapters?: { 'psc:chapter'?: { $: { start: string; title: string } }[] }
  'itunes:episode'?: string
  'itunes:season'?: string
}

/** A podcast feed (RSS 2.0 with iTunes, Podcasting 2.0 and Podlove chapter tags). */
async function readFeed(xml: string): Promise<SourceRow[]> {
  const parser = new Parser<Record<string, unknown>, FeedItem>({
    customFields: {
      item: [
        ['podcast:person', 'persons', { keepArray: true }],
        ['psc:chapters', 'chapters'],
        'itunes:episode',
        'itunes:season',
      ],
    },
  })
  let feed: Awaited<ReturnType<typeof parser.parseString>>
  try {
    feed = await parser.parseString(xml)
  } catch (error) {
    throw new ArchiveFileError(`The feed can't be read: ${(error as Error).message}`)
  }
  if (!feed.items?.length) throw new ArchiveFileError('The feed has no items.')
  return feed.items.map((item, i) => {
    const guests = (item.persons ?? [])
      .filter((p) => typeof p === 'string' || !p.$?.role || p.$.role.toLowerCase() === 'guest')
      .map((p) => (typeof p === 'string' ? p : p._))
    const chapters = (item.chapters?.['psc:chapter'] ?? []).map(
      (c) => `${c.$.start.replace(/\.\d+$/, '')} | ${c.$.title.replace(/[|;]/g, ' ')}`,
    )
    return {
      where: `item ${i + 1}${item.guid ? ` (guid ${item.guid})` : ''}`,
      raw: {
        number: item.itunes?.episode ?? item['itunes:episode'] ?? '',
        season: item.itunes?.season ?? item['itunes:season'] ?? '',
        guid: item.guid ?? '',
        title: item.title ?? '',
        air_date: item.isoDate ?? item.pubDate ?? '',
        summary: item.itunes?.summary ?? '',
        show_notes: item.contentSnippet ?? '',
        audio_url: item.enclosure?.url ?? '',
        audio_bytes: String(item.enclosure?.length ?? ''),
        audio_type: item.enclosure?.type ?? '',
        duration: item.itunes?.duration ?? '',
        guests: guests.map((g) => g.replace(/;/g, ',')).join('; '),
        interviews: chapters.join('; '),
      },
    }
  })
}
