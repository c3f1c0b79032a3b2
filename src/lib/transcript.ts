import webvtt from 'node-webvtt'

/**
 * Transcripts are typed (or pasted) into one text field, in one of three shapes:
 *
 * - plain: paragraphs separated by blank lines;
 * - timed: lines that start with a timestamp, `[00:01:23] HOST: Welcome…` (the brackets are
 *   optional, hours too); lines without one continue the line above;
 * - WebVTT: a caption file pasted whole (starts with `WEBVTT`).
 *
 * Timed and WebVTT transcripts become cues the episode page can seek to and the podcast feed
 * offers as `text/vtt`.
 */
export type Cue = { start: number; end: number; speaker: string | null; text: string }
export type Transcript =
  { timed: false; paragraphs: string[] } | { timed: true; cues: Cue[]; paragraphs: string[] }

const TIMESTAMP = /^\[?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]?\s+(.*)$/
const SPEAKER = /^([\p{Lu}][\p{L}\p{M}.'’ -]{0,40}):\s+(.*)$/su

/** `1:02:03.5` → 3723.5 seconds. */
export function parseClock(clock: string): number {
  const parts = clock.replace(',', '.').split(':').map(Number)
  return parts.reduce((total, n) => total * 60 + n, 0)
}

/** 3723.5 → `01:02:03.500`, WebVTT's clock. */
export function vttClock(seconds: number): string {
  const ms = Math.round(seconds * 1000)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`
}

const splitSpeaker = (text: string): Pick<Cue, 'speaker' | 'text'> => {
  const voice = text.match(/^<v(?:\.[^ >]+)*\s+([^>]+)>([\s\S]*)$/)
  if (voice) return { speaker: voice[1].trim(), text: stripTags(voice[2]) }
  const m = text.match(SPEAKER)
  return m ? { speaker: m[1].trim(), text: m[2].trim() } : { speaker: null, text: text.trim() }
}
const stripTags = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim()

type Parsed = { ok: true; transcript: Transcript } | { ok: false; error: string }

/** Reads a transcript; says what is wrong (with its line) when a timed one doesn't add up. */
export function readTranscript(text: string, duration?: number | null): Parsed {
  const source = text.replace(/\r\n?/g, '\n').trim()
  if (/^WEBVTT\b/.test(source)) {
    try {
      const { cues } = webvtt.parse(source, { strict: true })
      return timed(cues.map((c) => ({ start: c.start, end: c.end, ...splitSpeaker(c.text) })))
    } catch (error) {
      return {
        ok: false,
        error: `This WebVTT transcript doesn't parse: ${(error as Error).message}`,
      }
    }
  }
  const lines = source.split('\n')
  const first = lines.find((l) => l.trim())
  if (!first || !TIMESTAMP.test(first.trim())) {
    return {
      ok: true,
      transcript: {
        timed: false,
        paragraphs: source ? source.split(/\n{2,}/).map((p) => p.trim()) : [],
      },
    }
  }
  const cues: Cue[] = []
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim()
    if (!line) continue
    const m = line.match(TIMESTAMP)
    if (!m) {
      const last = cues[cues.length - 1]
      last.text = `${last.text}\n${line}`
      continue
    }
    const start = parseClock(m[1])
    const previous = cues[cues.length - 1]
    if (previous && start < previous.start) {
      return {
        ok: false,
        error: `Line ${i + 1}: the timestamp ${m[1]} comes before the one above it; timed transcripts go in order.`,
      }
    }
    if (previous) previous.end = start
    cues.push({ start, end: start, ...splitSpeaker(m[2]) })
  }
  const last = cues[cues.length - 1]
  last.end = Math.max(last.start + 5, duration ?? 0)
  return timed(cues)
}

const timed = (cues: Cue[]): Parsed => ({
  ok: true,
  transcript: {
    timed: true,
    cues,
    paragraphs: cues.map((c) => (c.speaker ? `${c.speaker}: ${c.text}` : c.text)),
  },
})

/** A transcript to show: falls back to plain paragraphs if a stored one no longer parses. */
export function transcriptOf(text: string, duration?: number | null): Transcript {
  const parsed = readTranscript(text, duration)
  return parsed.ok
    ? parsed.transcript
    : { timed: false, paragraphs: text.split(/\n{2,}/).map((p) => p.trim()) }
}

const escapeCue = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The cues as a WebVTT file, speakers as voice tags. */
export function toWebVTT(cues: Cue[]): string {
  return webvtt.compile({
    valid: true,
    cues: cues.map((c, i) => ({
      identifier: String(i + 1),
      start: c.start,
      end: Math.max(c.end, c.start + 0.001),
      text: c.speaker ? `<v ${escapeCue(c.speaker)}>${escapeCue(c.text)}` : escapeCue(c.text),
      styles: '',
    })),
  })
}

/** Field validation for transcript textareas: a timed transcript must parse. */
export const validateTranscript = (value: unknown) => {
  if (typeof value !== 'string' || !value.trim()) return true
  const parsed = readTranscript(value)
  return parsed.ok ? true : parsed.error
}
