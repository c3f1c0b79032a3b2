import { distance } from 'fastest-levenshtein'
import type { Payload } from 'payload'

import type { ID } from '@/lib/relations'
import { foldForSearch } from '@/lib/searchText'
import type { ArchiveGuest } from './row'

/** Titles before a name that don't tell people apart ("Dr. Ana Pérez" is Ana Pérez). */
const HONORIFICS = new Set([
  'dr',
  'dra',
  'doctor',
  'doctora',
  'prof',
  'professor',
  'profa',
  'profesor',
  'profesora',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'rev',
  'reverend',
  'hon',
  'honorable',
  'sr',
  'sra',
  'srta',
  'senor',
  'senora',
  'don',
  'dona',
  'lic',
  'ing',
])
/** Degrees after a name ("María López, PhD"). Jr./Sr. after a name stay: they tell people apart. */
const DEGREES = new Set(['phd', 'md', 'esq', 'edd', 'jd', 'mba', 'msw', 'rn', 'lcsw'])

/** One key per person: case, accents, punctuation, spacing, honorifics and degrees removed. */
export function guestKey(name: string): string {
  const words = foldForSearch(name)
    .replace(/[.,'’"()-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift()
  while (words.length > 1 && DEGREES.has(words[words.length - 1])) words.pop()
  return words.join(' ')
}

const orgKey = (organisation: string | null | undefined) =>
  foldForSearch(organisation ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

export type DirectoryGuest = {
  /** null until written (or, in a dry run, never). */
  id: ID | null
  name: string
  organisation: string | null
  key: string
  isNew: boolean
}

export type LikelyDuplicate = { a: DirectoryGuest; b: DirectoryGuest; why: string }

/**
 * The guests the importer knows: those already in the database and those it adds. A name is
 * matched to one person by its key; when several people share a key, the organisation decides.
 */
export class GuestDirectory {
  private byKey = new Map<string, DirectoryGuest[]>()
  /** Names matched to one person although the row gave another organisation. */
  private otherOrganisation = new Map<string, LikelyDuplicate>()

  constructor(existing: { id: ID; name: string; organisation?: string | null }[]) {
    for (const g of existing) {
      this.add({ id: g.id, name: g.name, organisation: g.organisation ?? null, isNew: false })
    }
  }

  /** The directory of every guest already in the database. */
  static async load(payload: Payload): Promise<GuestDirectory> {
    const { docs } = await payload.find({
      collection: 'guests',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { name: true, organisation: true },
    })
    return new GuestDirectory(docs)
  }

  private add(g: Omit<DirectoryGuest, 'key'>): DirectoryGuest {
    const entry = { ...g, key: guestKey(g.name) }
    const list = this.byKey.get(entry.key) ?? []
    list.push(entry)
    this.byKey.set(entry.key, list)
    return entry
  }

  /** The person a name stands for, and whether they are new to the directory. */
  resolve(guest: ArchiveGuest): { entry: DirectoryGuest; added: boolean } {
    const key = guestKey(guest.name)
    const candidates = this.byKey.get(key) ?? []
    if (candidates.length === 1) {
      const [entry] = candidates
      const [mine, theirs] = [orgKey(guest.organisation), orgKey(entry.organisation)]
      if (mine && theirs && mine !== theirs) {
        this.otherOrganisation.set(`${entry.key}|${mine}`, {
          a: entry,
          b: { ...entry, name: guest.name, organisation: guest.organisation, id: null },
          why: 'same name with another organisation; imported as one person',
        })
      }
      return { entry, added: false }
    }
    if (candidates.length > 1) {
      const org = orgKey(guest.organisation)
      const same = org ? candidates.find((c) => orgKey(c.organisation) === org) : undefined
      return { entry: same ?? candidates[0], added: false }
    }
    return {
      entry: this.add({
        id: null,
        name: guest.name,
        organisation: guest.organisation,
        isNew: true,
      }),
      added: true,
    }
  }

  /** Forgets guests added while importing a row that was then rolled back. */
  forget(entries: DirectoryGuest[]) {
    for (const entry of entries) {
      const list = (this.byKey.get(entry.key) ?? []).filter((g) => g !== entry)
      if (list.length) this.byKey.set(entry.key, list)
      else this.byKey.delete(entry.key)
    }
  }

  /**
   * Pairs for an editor to look at: names that may be one person but were not merged (at least
   * one of them added by this import) — a typo a letter or two away, the same words in another
   * order, an initial for a first name — and one name given with two organisations, which was
   * taken as one person (people change jobs; two people may share a name).
   */
  likelyDuplicates(): LikelyDuplicate[] {
    const found: LikelyDuplicate[] = [...this.otherOrganisation.values()]
    const keys = [...this.byKey.keys()]
    const first = (key: string) => this.byKey.get(key)![0]
    const sorted = new Map(keys.map((k) => [k, k.split(' ').sort().join(' ')]))
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = [keys[i], keys[j]]
        const [ga, gb] = [first(a), first(b)]
        if (!ga.isNew && !gb.isNew) continue
        if (Math.abs(a.length - b.length) > 2) {
          if (initialOf(a, b)) found.push({ a: ga, b: gb, why: 'an initial for a first name' })
          continue
        }
        if (sorted.get(a) === sorted.get(b)) {
          found.push({ a: ga, b: gb, why: 'the same words in another order' })
        } else if (typo(a, b)) {
          found.push({ a: ga, b: gb, why: `names ${distance(a, b)} letter(s) apart` })
        } else if (initialOf(a, b)) {
          found.push({ a: ga, b: gb, why: 'an initial for a first name' })
        }
      }
    }
    return found.sort((x, y) => x.a.name.localeCompare(y.a.name))
  }
}

/**
 * A likely typo: the same words by their first letters, a letter apart (two in a long name).
 * "jon smith" / "john smith" is one; "wei miller" / "mei miller" are two people.
 */
function typo(a: string, b: string): boolean {
  const [wa, wb] = [a.split(' '), b.split(' ')]
  if (wa.length !== wb.length || wa.some((w, i) => w[0] !== wb[i][0])) return false
  const d = distance(a, b)
  return d === 1 ? Math.min(a.length, b.length) >= 8 : d === 2 && Math.min(a.length, b.length) >= 14
}

/** "a perez" and "ana perez": same last name, and one first name is the other's initial. */
function initialOf(a: string, b: string): boolean {
  const [wa, wb] = [a.split(' '), b.split(' ')]
  if (wa.length < 2 || wb.length < 2 || wa[wa.length - 1] !== wb[wb.length - 1]) return false
  const [fa, fb] = [wa[0], wb[0]]
  return (fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb))
}
