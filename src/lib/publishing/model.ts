import type { Payload } from 'payload'

import { relPath } from '@/lib/media/storage'
import { collator, localePath, t, type Locale } from '@/i18n'
import { serverURL } from '@/lib/env'
import { creditedPeople } from '@/lib/data/people'
import { relId, type ID } from '@/lib/relations'
import type { Artwork, Media, Writing } from '@/payload-types'
import { lexicalToBlocks, textToBlocks, type Block } from './content'

/**
 * What goes into an output, read before anything is drawn. The content of every piece is read
 * as the public reads it (access rules apply, so private contributor fields cannot even reach
 * this module); consents are read separately, by editors' rights, only to decide what is left
 * out and to tell the editor why.
 */
export type Channel = 'print' | 'readAloud'
export type WorkRef = `${'writings' | 'artworks'}:${string}`

/** `file` is the image's path in the upload store (src/lib/media/storage.ts). */
export type Image = { file: string; width: number; height: number; alt: string; key: string }
type ItemBase = {
  ref: WorkRef
  title: string
  /** The credit as chosen: the name, the pen name, or the output language's "Anonymous". */
  credit: string
  anonymous: boolean
  url: string
  sectionHeading: string
  note: Block[]
}
export type WritingItem = ItemBase & {
  kind: 'writing'
  language: string
  form: string
  blocks: Block[]
}
export type ArtworkItem = ItemBase & {
  kind: 'artwork'
  medium: string
  year: number | null
  dimensions: string
  images: Image[]
  statement: Block[]
}
export type Item = WritingItem | ArtworkItem
export type Exclusion = { ref: WorkRef; title: string; reason: string }
export type Bio = { name: string; bio: string }

export type Selection = { items: Item[]; excluded: Exclusion[]; bios: Bio[] }

const workSelect = {
  title: true,
  slug: true,
  byline: true,
  credit: true,
} as const

type Wanted = { ref: WorkRef; sectionHeading?: string | null; note?: string | null }

export const refOf = (collection: 'writings' | 'artworks', id: ID): WorkRef =>
  `${collection}:${String(id)}`

const splitRef = (ref: WorkRef) => {
  const [collection, id] = ref.split(':') as ['writings' | 'artworks', string]
  return { collection, id }
}

/** What outputs read of an image: enough to find the file, draw it and describe it. */
export const imagePopulate = {
  alt: true,
  filename: true,
  width: true,
  height: true,
  updatedAt: true,
} as const

/** An uploaded image as an output draws it; null when it has no file. */
export const printableImage = (media: unknown): Image | null => {
  if (!media || typeof media !== 'object') return null
  const m = media as Media
  if (!m.filename || !m.width || !m.height) return null
  return {
    file: relPath('media', m.filename),
    width: m.width,
    height: m.height,
    alt: m.alt ?? '',
    key: `${m.id}:${m.filename}:${m.updatedAt}`,
  }
}

/** A consent covers a channel: print anthologies and exhibitions, or reading at an event. */
const consents = (
  consent: { printAndExhibit?: boolean | null; readAloud?: boolean | null } | null | undefined,
  channel: Channel,
) => (channel === 'print' ? consent?.printAndExhibit === true : consent?.readAloud === true)

/**
 * The pieces wanted, in the given order, split into those that go in (read as the public reads
 * them) and those left out with a reason in the output's language. `channelFor` picks the
 * consent a piece needs (an event reads writing aloud and shows art).
 */
export async function selectWorks(
  payload: Payload,
  wanted: Wanted[],
  lang: Locale,
  channelFor: (collection: 'writings' | 'artworks') => Channel,
): Promise<Selection> {
  const m = t(lang, 'publishing')
  const byCollection = { writings: [] as string[], artworks: [] as string[] }
  for (const w of wanted) byCollection[splitRef(w.ref).collection].push(splitRef(w.ref).id)

  const [writingRules, artworkRules, writings, artworks] = await Promise.all([
    rules(payload, 'writings', byCollection.writings),
    rules(payload, 'artworks', byCollection.artworks),
    byCollection.writings.length
      ? payload.find({
          collection: 'writings',
          overrideAccess: false,
          draft: false,
          depth: 1,
          pagination: false,
          where: { id: { in: byCollection.writings } },
          select: { ...workSelect, language: true, form: true, body: true },
        })
      : { docs: [] as Writing[] },
    byCollection.artworks.length
      ? payload.find({
          collection: 'artworks',
          overrideAccess: false,
          draft: false,
          depth: 1,
          pagination: false,
          where: { id: { in: byCollection.artworks } },
          select: {
            ...workSelect,
            medium: true,
            year: true,
            dimensions: true,
            images: true,
            statement: true,
          },
          populate: { media: imagePopulate },
        })
      : { docs: [] as Artwork[] },
  ])
  // Bios only of those credited by name who made a public profile; never for pen names or
  // anonymous pieces (the contributor link is never public: people.ts reads it for us).
  const people = {
    writings: await creditedPeople(
      payload,
      'writings',
      writings.docs.map((d) => d.id),
    ),
    artworks: await creditedPeople(
      payload,
      'artworks',
      artworks.docs.map((d) => d.id),
    ),
  }
  const publicDocs = new Map<WorkRef, Writing | Artwork>([
    ...writings.docs.map((d) => [refOf('writings', d.id), d as Writing] as const),
    ...artworks.docs.map((d) => [refOf('artworks', d.id), d as Artwork] as const),
  ])
  const ruleOf = new Map([...writingRules, ...artworkRules])

  const items: Item[] = []
  const excluded: Exclusion[] = []
  const bios = new Map<string, Bio>()
  const seen = new Set<WorkRef>()
  for (const w of wanted) {
    if (seen.has(w.ref)) continue
    seen.add(w.ref)
    const { collection } = splitRef(w.ref)
    const rule = ruleOf.get(w.ref)
    const doc = publicDocs.get(w.ref)
    const title = rule?.title ?? doc?.title ?? w.ref
    const reason = !rule
      ? m('excluded.notPublic')
      : rule.deletedAt
        ? m('excluded.inTrash')
        : !doc
          ? m('excluded.notPublic')
          : !consents(rule.consents, channelFor(collection))
            ? channelFor(collection) === 'print'
              ? m('excluded.noPrintConsent')
              : m('excluded.noReadAloudConsent')
            : null
    if (reason || !doc) {
      excluded.push({ ref: w.ref, title, reason: reason ?? m('excluded.notPublic') })
      continue
    }
    const anonymous = doc.credit === 'anonymous' || !doc.byline
    const base = {
      ref: w.ref,
      title: doc.title,
      credit: anonymous ? m('anonymous') : (doc.byline ?? ''),
      anonymous,
      sectionHeading: w.sectionHeading ?? '',
      note: textToBlocks(w.note),
    }
    if (collection === 'writings') {
      const d = doc as Writing
      items.push({
        ...base,
        kind: 'writing',
        url: `${serverURL}${localePath(lang, `/writing/${d.slug}`)}`,
        language: d.language,
        form: d.form,
        blocks: lexicalToBlocks(d.body),
      })
    } else {
      const d = doc as Artwork
      items.push({
        ...base,
        kind: 'artwork',
        url: `${serverURL}${localePath(lang, `/art/${d.slug}`)}`,
        medium: d.medium ?? '',
        year: d.year ?? null,
        dimensions: d.dimensions ?? '',
        images: (d.images ?? []).map(printableImage).filter((i): i is Image => !!i),
        statement: lexicalToBlocks(d.statement),
      })
    }
    const person = people[collection as 'writings' | 'artworks'].get(String(doc.id))
    if (person?.bio) bios.set(person.slug, { name: person.name, bio: person.bio })
  }
  return {
    items,
    excluded,
    bios: [...bios.values()].sort((a, b) => collator(lang).compare(a.name, b.name)),
  }
}

/** Consents and state of the wanted pieces, read by editors' rights: nothing else is selected. */
async function rules(payload: Payload, collection: 'writings' | 'artworks', ids: string[]) {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection,
    overrideAccess: true,
    draft: false,
    trash: true,
    depth: 0,
    pagination: false,
    where: { id: { in: ids } },
    select: { title: true, consents: true, deletedAt: true },
  })
  return new Map(
    docs.map((d) => [
      refOf(collection, d.id),
      { title: d.title, consents: d.consents, deletedAt: d.deletedAt ?? null },
    ]),
  )
}

export const refsOf = (wanted: { relationTo: string; value: unknown }[]): WorkRef[] =>
  wanted
    .map((w) => {
      const id = relId(w.value)
      return id === undefined ? null : refOf(w.relationTo as 'writings' | 'artworks', id)
    })
    .filter((r): r is WorkRef => r !== null)
