import { createHash } from 'node:crypto'

import { ValidationError, type Payload, type RequiredDataFromCollectionSlug } from 'payload'

import { ref, refs, relId, type ID } from '@/lib/relations'
import { plainTextToLexical } from '@/lib/richText'
import { foldForSearch } from '@/lib/searchText'
import { readRow, type ArchiveEpisode } from './row'
import { GuestDirectory, guestKey, type DirectoryGuest, type LikelyDuplicate } from './guests'
import { RowWriter } from './rowWriter'
import type { Source } from './readers'

export type ImportOptions = {
  dryRun?: boolean
  onProgress?: (done: number, total: number) => void
}
export type ImportReport = {
  format: Source['format']
  rows: number
  dryRun: boolean
  episodes: { created: number; updated: number; unchanged: number; skipped: number }
  guests: { created: number; matched: number }
  interviews: { created: number; updated: number }
  skipped: { where: string; reason: string }[]
  warnings: { where: string; message: string }[]
  duplicates: LikelyDuplicate[]
  seconds: number
}

type Existing = {
  id: ID
  number: number
  guid: string | null
  importHash: string | null
  hasAudio: boolean
}

/** The episodes already in the database, by number and by guid. */
class EpisodeIndex {
  readonly byNumber = new Map<number, Existing>()
  readonly byGuid = new Map<string, Existing>()

  static async load(payload: Payload): Promise<EpisodeIndex> {
    const { docs } = await payload.find({
      collection: 'episodes',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { number: true, guid: true, importHash: true, audio: true },
    })
    const index = new EpisodeIndex()
    for (const e of docs)
      index.remember({
        id: e.id,
        number: e.number,
        guid: e.guid ?? null,
        importHash: e.importHash ?? null,
        hasAudio: Boolean(e.audio),
      })
    return index
  }

  remember(entry: Existing) {
    this.byNumber.set(entry.number, entry)
    if (entry.guid) this.byGuid.set(entry.guid, entry)
  }

  /** The episode a row describes: found by its guid, else by its number. */
  find(episode: ArchiveEpisode): Existing | undefined {
    return (
      (episode.guid ? this.byGuid.get(episode.guid) : undefined) ??
      this.byNumber.get(episode.number)
    )
  }
}

/** The rows read so far in this file: a number or guid may stand in it once. */
class RowsSeen {
  private numbers = new Map<number, { where: string; hash: string }>()
  private guids = new Map<string, { where: string }>()

  /** Why this row repeats an earlier one, or null (and the row is remembered). */
  check(where: string, episode: ArchiveEpisode, hash: string): string | null {
    const earlier = this.numbers.get(episode.number)
    if (earlier)
      return earlier.hash === hash
        ? `repeats ${earlier.where} (episode ${episode.number})`
        : `episode number ${episode.number} is already used at ${earlier.where}, with different content`
    const earlierGuid = episode.guid ? this.guids.get(episode.guid) : undefined
    if (earlierGuid) return `guid "${episode.guid}" is already used at ${earlierGuid.where}`
    this.numbers.set(episode.number, { where, hash })
    if (episode.guid) this.guids.set(episode.guid, { where })
    return null
  }
}

const hashOf = (episode: ArchiveEpisode) =>
  createHash('sha256').update(JSON.stringify(episode)).digest('hex')

/** A failed save in words: Payload's field errors, or the error's own message. */
function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => `${e.label ?? e.path}: ${e.message}`).join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * Imports an UpFront! archive: each row creates or updates its episode (found by guid, else by
 * number), its guests (one person, one guest) and its interviews. A row whose source hasn't
 * changed since the last import is left alone, so running the same file twice changes nothing
 * and editors' later edits stay. Each row is written in one transaction: a row that fails is
 * rolled back whole and reported with its line; the rest goes in. A dry run writes nothing.
 */
export async function importArchive(
  payload: Payload,
  source: Source,
  { dryRun = false, onProgress }: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now()
  const report: ImportReport = {
    format: source.format,
    rows: source.rows.length,
    dryRun,
    episodes: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
    guests: { created: 0, matched: 0 },
    interviews: { created: 0, updated: 0 },
    skipped: [],
    warnings: [],
    duplicates: [],
    seconds: 0,
  }
  const skip = (where: string, reason: string) => {
    report.episodes.skipped++
    report.skipped.push({ where, reason })
  }

  const known = await EpisodeIndex.load(payload)
  const directory = await GuestDirectory.load(payload)
  const seen = new RowsSeen()

  for (const [index, row] of source.rows.entries()) {
    onProgress?.(index, source.rows.length)
    if (row.problem) {
      skip(row.where, row.problem)
      continue
    }
    const read = readRow(row.raw)
    if (!read.ok) {
      skip(row.where, read.reason)
      continue
    }
    const episode = read.episode
    const hash = hashOf(episode)
    const repeated = seen.check(row.where, episode, hash)
    if (repeated) {
      skip(row.where, repeated)
      continue
    }

    const existing = known.find(episode)
    const holder = known.byNumber.get(episode.number)
    if (existing && holder && holder !== existing) {
      skip(
        row.where,
        `its guid belongs to episode ${existing.number}, but number ${episode.number} is another episode`,
      )
      continue
    }
    if (existing?.importHash === hash) {
      report.episodes.unchanged++
      continue
    }
    if (episode.audioUrl && episode.audioBytes === null) {
      report.warnings.push({
        where: row.where,
        message: `episode ${episode.number}: no audio_bytes, so it stays out of the podcast feed until its size is entered`,
      })
    }
    const published = Boolean(episode.audioUrl || existing?.hasAudio)
    if (!published) {
      report.warnings.push({
        where: row.where,
        message: `episode ${episode.number}: no audio, imported as a draft`,
      })
    }

    const added: DirectoryGuest[] = []
    const writer = await RowWriter.start(payload, dryRun)
    try {
      const guestIds = await resolveGuests(writer, directory, episode, added)
      const data = episodeData(episode, guestIds, hash, published)
      const id = existing
        ? (await writer.update('episodes', existing.id, data), existing.id)
        : await writer.create('episodes', { ...data, slug: `upfront-${episode.number}` })
      const interviews = await saveInterviews(writer, episode, id ?? undefined, guestIds)
      await writer.commit()
      report.interviews.created += interviews.created
      report.interviews.updated += interviews.updated
      report.guests.created += added.length
      report.guests.matched += episode.guests.length - added.length
      if (existing) report.episodes.updated++
      else report.episodes.created++
      if (id !== null) {
        const entry: Existing = {
          id,
          number: episode.number,
          guid: episode.guid ?? existing?.guid ?? null,
          importHash: hash,
          hasAudio: existing?.hasAudio ?? false,
        }
        known.remember(entry)
      }
    } catch (error) {
      await writer.rollback()
      directory.forget(added)
      skip(row.where, reasonOf(error))
    }
  }
  onProgress?.(source.rows.length, source.rows.length)
  report.duplicates = directory.likelyDuplicates()
  report.seconds = (performance.now() - started) / 1000
  return report
}

/** The row's guests as ids, creating the ones the directory doesn't know (not in a dry run). */
async function resolveGuests(
  writer: RowWriter,
  directory: GuestDirectory,
  episode: ArchiveEpisode,
  added: DirectoryGuest[],
): Promise<ID[]> {
  const ids: ID[] = []
  for (const guest of episode.guests) {
    const { entry, added: isNew } = directory.resolve(guest)
    if (isNew) {
      added.push(entry)
      entry.id = await writer.create('guests', {
        name: entry.name,
        organisation: entry.organisation,
      })
    }
    if (entry.id !== null && !ids.includes(entry.id)) ids.push(entry.id)
  }
  return ids
}

function episodeData(
  episode: ArchiveEpisode,
  guests: ID[],
  hash: string,
  published: boolean,
): RequiredDataFromCollectionSlug<'episodes'> {
  return {
    number: episode.number,
    title: episode.title,
    airDate: episode.airDate,
    season: episode.season,
    summary: episode.summary,
    showNotes: episode.showNotes ? plainTextToLexical(episode.showNotes) : null,
    audioUrl: episode.audioUrl,
    audioBytes: episode.audioBytes,
    audioType: episode.audioType,
    duration: episode.duration,
    transcript: episode.transcript || null,
    guests: refs(guests),
    importHash: hash,
    // An imported guid is kept; without one the episode gets its own on first publish.
    ...(episode.guid ? { guid: episode.guid } : {}),
    ...(published ? { _status: 'published' as const, publishedAt: episode.airDate } : {}),
  }
}

/**
 * The row's interviews, matched to the episode's existing ones by title (editors' other
 * interviews are left as they are). A segment names its guests, or has all the episode's.
 */
async function saveInterviews(
  writer: RowWriter,
  episode: ArchiveEpisode,
  episodeId: ID | undefined,
  guestIds: ID[],
): Promise<{ created: number; updated: number }> {
  const result = { created: 0, updated: 0 }
  if (!episode.segments.length) return result
  const existing = episodeId === undefined ? [] : await writer.interviewsOf(episodeId)
  const keyOf = new Map(episode.guests.map((g, i) => [guestKey(g.name), i]))
  const idFor = (name: string) => {
    const i = keyOf.get(guestKey(name))
    return i === undefined ? undefined : guestIds[i]
  }
  const ends = episode.segments.map((s, i) => episode.segments[i + 1]?.start ?? episode.duration)
  for (const [i, segment] of episode.segments.entries()) {
    const guests = segment.guests.length
      ? segment.guests.map(idFor).filter((id): id is ID => id !== undefined)
      : guestIds
    const end = ends[i]
    const data = {
      title: segment.title,
      episode: episodeId === undefined ? undefined : ref(episodeId),
      startTime: segment.start,
      endTime: end !== null && end !== undefined && end > segment.start ? end : null,
      guests: refs(guests),
    }
    const match = existing.find((e) => foldForSearch(e.title) === foldForSearch(segment.title))
    if (!match) {
      await writer.create('interviews', data)
      result.created++
    } else if (
      match.startTime !== data.startTime ||
      match.endTime !== data.endTime ||
      JSON.stringify((match.guests ?? []).map(relId)) !== JSON.stringify(guests)
    ) {
      await writer.update('interviews', match.id, data)
      result.updated++
    }
  }
  return result
}
