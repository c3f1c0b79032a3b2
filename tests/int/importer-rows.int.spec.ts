// The importer's pure parts, without a database: how a row is read and how guests are matched.
import { describe, expect, it } from 'vitest'

import { GuestDirectory, guestKey } from '@/lib/importer/guests'
import { ArchiveFileError, readArchive } from '@/lib/importer/readers'
import { readRow, type RawRow } from '@/lib/importer/row'
import { good } from './archiveRows'

describe('guest matching', () => {
  it('gives one key to one person however the name is written', () => {
    const key = guestKey('José Pérez')
    for (const written of [
      'Dr. José Pérez',
      'jose perez',
      'JOSÉ  PÉREZ',
      'José Pérez, PhD',
      'Prof. José Pérez',
      'Sr. José Pérez',
    ]) {
      expect(guestKey(written), written).toBe(key)
    }
    expect(guestKey('Robert Smith Jr.')).not.toBe(guestKey('Robert Smith'))
    expect(guestKey('Nguyễn Thị Lan')).toBe('nguyen thi lan')
  })

  it('lets the organisation decide between two people with one name', () => {
    const directory = new GuestDirectory([
      { id: 1, name: 'Ana Pérez', organisation: 'Nurses Alliance' },
      { id: 2, name: 'Ana Perez', organisation: 'Metro Worker Center' },
    ])
    expect(
      directory.resolve({ name: 'ana pérez', organisation: 'Metro Worker Center' }).entry.id,
    ).toBe(2)
    expect(
      directory.resolve({ name: 'Dr. Ana Pérez', organisation: 'nurses alliance' }).entry.id,
    ).toBe(1)
    expect(directory.resolve({ name: 'Ana Pérez', organisation: null }).entry.id).toBe(1)
    const added = directory.resolve({ name: 'Ana Pereira', organisation: null })
    expect(added).toMatchObject({ added: true, entry: { id: null, isNew: true } })
  })

  it('lists likely duplicates it did not merge, and only those', () => {
    const directory = new GuestDirectory([
      { id: 1, name: 'John Smith', organisation: 'Local 26' },
      { id: 2, name: 'Ana Pérez' },
      { id: 3, name: 'Wei Miller' },
      { id: 4, name: 'Marisol Ortiz', organisation: 'Nurses Alliance' },
    ])
    for (const name of ['Jon Smith', 'A. Pérez', 'Mei Miller', 'Ortiz Marisol']) {
      directory.resolve({ name, organisation: null })
    }
    directory.resolve({ name: 'John Smith', organisation: 'Teamsters Local 122' })
    const pairs = directory.likelyDuplicates().map((d) => [d.a.name, d.b.name, d.why])
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['John Smith', 'Jon Smith', expect.stringMatching(/1 letter/)],
        ['Ana Pérez', 'A. Pérez', 'an initial for a first name'],
        ['Marisol Ortiz', 'Ortiz Marisol', 'the same words in another order'],
        ['John Smith', 'John Smith', expect.stringMatching(/another organisation/)],
      ]),
    )
    expect(pairs).toHaveLength(4) // Wei and Mei Miller are two people
  })
})

describe('reading rows', () => {
  it.each([
    [{ title: '' }, /no title/],
    [{ number: '' }, /no episode number/],
    [{ number: 'twelve' }, /whole number/],
    [{ air_date: '2021-02-30' }, /"2021-02-30" is not a date/],
    [{ air_date: 'last Tuesday' }, /not a date/],
    [{ audio_url: 'ftp://x/y.mp3' }, /http\(s\)/],
    [{ audio_bytes: '-5' }, /audio_bytes must be a whole number/],
    [{ audio_type: 'video/mp4' }, /audio_type must be one of/],
    [{ duration: 'long' }, /duration must be seconds or H:MM:SS/],
    [{ interviews: 'soon | Title' }, /should read "H:MM:SS \| title/],
    [{ transcript: '[00:10] A: one\n[00:05] B: two' }, /transcript: Line 2/],
  ])('refuses %o', (change, reason) => {
    const raw = Object.fromEntries(
      Object.entries({ ...good(1), ...change }).map(([k, v]) => [k, String(v)]),
    ) as RawRow
    const result = readRow(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })

  it('reads dates, durations, guests and segments', () => {
    const result = readRow(
      Object.fromEntries(Object.entries(good(7)).map(([k, v]) => [k, String(v)])) as RawRow,
    )
    expect(result).toMatchObject({
      ok: true,
      episode: {
        number: 7,
        airDate: '2024-03-01T12:00:00.000Z',
        duration: 1800,
        guests: [
          { name: 'Dr. José Pérez', organisation: 'Metro Worker Center' },
          { name: 'Ana Silva', organisation: null },
        ],
        segments: [
          { start: 120, title: 'José Pérez on wages', guests: ['José Pérez'] },
          { start: 900, title: 'Ana Silva on housing', guests: [] },
        ],
      },
    })
  })

  it('refuses a file it cannot read, saying why', async () => {
    await expect(readArchive('title,when\nA,2024-01-01\n')).rejects.toThrow(
      /The CSV has no "number", "air_date" column\. Unknown column\(s\): "when"/,
    )
    await expect(readArchive('number,title,air_date\n1,"unclosed,2024-01-01\n')).rejects.toThrow(
      ArchiveFileError,
    )
    await expect(
      readArchive('<rss version="2.0"><channel><title>x</title></channel></rss>'),
    ).rejects.toThrow(/no items/)
  })
})
