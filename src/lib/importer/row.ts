import { z } from 'zod'

import { AUDIO_TYPES } from '@/lib/media/types.mjs'
import { parseClock, validateTranscript } from '@/lib/transcript'

/**
 * One episode of an UpFront! archive as the importer understands it, whatever the source (CSV
 * or an RSS/podcast feed). Sources give raw text fields (the CSV's column names); `readRow`
 * checks them and says what is wrong, in words a person can act on.
 */
export type ArchiveGuest = { name: string; organisation: string | null }
export type ArchiveSegment = { start: number; title: string; guests: string[] }
export type ArchiveEpisode = {
  guid: string | null
  number: number
  season: number | null
  title: string
  airDate: string
  summary: string
  showNotes: string
  audioUrl: string | null
  audioBytes: number | null
  audioType: (typeof AUDIO_TYPES)[number]
  duration: number | null
  transcript: string
  guests: ArchiveGuest[]
  segments: ArchiveSegment[]
}

/** The CSV columns (and the names RSS items are mapped to). */
export const COLUMNS = [
  'number',
  'title',
  'air_date',
  'guid',
  'season',
  'summary',
  'show_notes',
  'audio_url',
  'audio_bytes',
  'audio_type',
  'duration',
  'guests',
  'interviews',
  'transcript',
] as const
export const REQUIRED_COLUMNS = ['number', 'title', 'air_date'] as const
export type RawRow = Partial<Record<(typeof COLUMNS)[number], string>>

const text = (v: string | undefined) => (v ?? '').replace(/\s+/g, ' ').trim()
const block = (v: string | undefined) =>
  (v ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim()

/** `2021-03-04`, an ISO date-time, or an RFC 2822 date (feeds) → ISO; null when it isn't a date. */
export function readDate(value: string): string | null {
  const v = value.trim()
  const day = v.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  if (day) {
    const date = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3], 12))
    // 2021-02-30 rolls over to March in JavaScript; that is not a date.
    return date.getUTCDate() === +day[3] && date.getUTCMonth() === +day[2] - 1
      ? date.toISOString()
      : null
  }
  if (!/^\d{4}-\d{2}-\d{2}T|^(\w{3}, )?\d{1,2} \w{3} \d{4}/.test(v)) return null
  const time = Date.parse(v)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** `1830`, `30:30` or `0:30:30` → seconds. */
const readDuration = (value: string) =>
  /^\d+(\.\d+)?$/.test(value)
    ? Number(value)
    : /^(\d+:)?\d{1,2}:\d{2}$/.test(value)
      ? parseClock(value)
      : NaN

/** `Name (Organisation); Name` → guests. */
export function readGuests(value: string): ArchiveGuest[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = part.match(/^(.*?)\s*\(([^()]*)\)$/)
      return m
        ? { name: text(m[1]), organisation: text(m[2]) || null }
        : { name: text(part), organisation: null }
    })
    .filter((g) => g.name)
}

const optionalInt = (label: string, min: number) =>
  z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= min), {
      message: `${label} must be a whole number${min ? ` from ${min} up` : ''}`,
    })
    .transform((v) => (v === '' ? null : Number(v)))

const schema = z.object({
  number: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v !== '', { message: 'no episode number' })
    .refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1), {
      message: 'the episode number must be a whole number from 1 up',
    })
    .transform(Number),
  title: z
    .string()
    .transform(text)
    .refine((v) => v !== '', { message: 'no title' })
    .refine((v) => v.length <= 300, { message: 'the title is longer than 300 characters' }),
  air_date: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v !== '', { message: 'no air date' })
    .transform((v, ctx) => {
      const date = v ? readDate(v) : null
      if (!date && v)
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a date (use YYYY-MM-DD)` })
      return date ?? ''
    }),
  guid: z.string().transform((v) => text(v) || null),
  season: optionalInt('the season', 1),
  summary: z.string().transform(block),
  show_notes: z.string().transform(block),
  audio_url: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), {
      message: 'audio_url must be an http(s) address',
    })
    .transform((v) => v || null),
  audio_bytes: optionalInt('audio_bytes', 0),
  audio_type: z
    .string()
    .transform((v) => v.trim().toLowerCase() || 'audio/mpeg')
    .transform((v) => (v === 'audio/x-m4a' ? 'audio/mp4' : v === 'audio/x-wav' ? 'audio/wav' : v))
    .refine(
      (v): v is ArchiveEpisode['audioType'] => (AUDIO_TYPES as readonly string[]).includes(v),
      {
        message: `audio_type must be one of ${AUDIO_TYPES.join(', ')}`,
      },
    ),
  duration: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v === '' || !Number.isNaN(readDuration(v)), {
      message: 'duration must be seconds or H:MM:SS',
    })
    .transform((v) => (v === '' ? null : Math.round(readDuration(v)))),
  guests: z.string().transform(readGuests),
  interviews: z.string(),
  transcript: z
    .string()
    .transform((v) => (v ?? '').replace(/\r\n?/g, '\n').trim())
    .superRefine((v, ctx) => {
      const valid = validateTranscript(v)
      if (valid !== true) ctx.addIssue({ code: 'custom', message: `transcript: ${valid}` })
    }),
})

/** `00:02:30 | Title | Guest, Guest; …` → segments (guests left out: all the episode's). */
function readSegments(value: string): ArchiveSegment[] | string {
  const segments: ArchiveSegment[] = []
  for (const part of value
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [start, title, guests] = part.split('|').map((p) => p.trim())
    if (!/^(\d+:)?\d{1,2}:\d{2}$|^\d+$/.test(start ?? '') || !title) {
      return `interview "${part}" should read "H:MM:SS | title | guest, guest"`
    }
    segments.push({
      start: readDuration(start),
      title: text(title),
      guests: (guests ?? '').split(',').map(text).filter(Boolean),
    })
  }
  return segments
}

export type RowResult = { ok: true; episode: ArchiveEpisode } | { ok: false; reason: string }

/** Checks one raw row; the reason names every problem in it. */
export function readRow(raw: RawRow): RowResult {
  const input = Object.fromEntries(COLUMNS.map((c) => [c, raw[c] ?? '']))
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues.map((i) => i.message).join('; ') }
  }
  const r = parsed.data
  const segments = readSegments(r.interviews)
  if (typeof segments === 'string') return { ok: false, reason: segments }
  return {
    ok: true,
    episode: {
      guid: r.guid,
      number: r.number,
      season: r.season,
      title: r.title,
      airDate: r.air_date,
      summary: r.summary || r.show_notes.split('\n')[0] || r.title,
      showNotes: r.show_notes,
      audioUrl: r.audio_url,
      audioBytes: r.audio_bytes,
      audioType: r.audio_type,
      duration: r.duration,
      transcript: r.transcript,
      guests: r.guests,
      segments,
    },
  }
}
