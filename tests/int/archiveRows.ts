// Archive rows for the importer's tests, as an editor's spreadsheet would give them.
import { stringify } from 'csv-stringify/sync'

// The archive's columns as a spreadsheet would have them: another order than the importer's own
// list (src/lib/importer/row.ts) and no season, since the importer reads columns by name.
const SPREADSHEET_COLUMNS = [
  'number',
  'guid',
  'title',
  'air_date',
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
export type Row = Partial<Record<(typeof SPREADSHEET_COLUMNS)[number], string | number>>
/** Rows as an archive's CSV file, with the header row. */
export const csv = (rows: Row[]) =>
  stringify(rows, { header: true, columns: [...SPREADSHEET_COLUMNS] })
/** A row the importer takes whole: episode `number` with two guests and two interviews. */
export const good = (number: number, extra: Row = {}): Row => ({
  number,
  title: `Episode ${number}`,
  air_date: '2024-03-01',
  summary: `About episode ${number}.`,
  show_notes: 'First paragraph.\n\nSecond paragraph.',
  audio_url: `https://media.example.org/upfront-${number}.mp3`,
  audio_bytes: 28_800_000,
  audio_type: 'audio/mpeg',
  duration: '0:30:00',
  guests: 'Dr. José Pérez (Metro Worker Center); Ana Silva',
  interviews: '00:02:00 | José Pérez on wages | José Pérez; 00:15:00 | Ana Silva on housing',
  ...extra,
})
