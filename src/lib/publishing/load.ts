import type { Payload } from 'payload'

import { localePath, type Locale } from '@/i18n'
import { serverURL } from '@/lib/env'
import { publicPeople } from '@/lib/data/people'
import { relIds, type ID } from '@/lib/relations'
import { lexicalToBlocks, textToBlocks, type Block } from './content'
import {
  imagePopulate,
  printableImage,
  refOf,
  refsOf,
  selectWorks,
  type Image,
  type Selection,
} from './model'

type Read = { draft: boolean }
/**
 * Editors make outputs from the latest version of the anthology, exhibition or event (a draft
 * can be proofed before it is published); the public download reads the published one only.
 */
const readAs = ({ draft }: Read) =>
  draft
    ? ({ overrideAccess: true, draft: true } as const)
    : ({ overrideAccess: false, draft: false } as const)

export type Anthology = {
  id: ID
  title: string
  year: number
  editors: string
  slug: string
  url: string
  published: boolean
  introduction: Block[]
  cover: Image | null
  selection: Selection
}

export async function loadAnthology(
  payload: Payload,
  id: ID,
  lang: Locale,
  read: Read,
): Promise<Anthology | null> {
  const doc = await payload
    .findByID({
      collection: 'compilations',
      id,
      ...readAs(read),
      locale: lang,
      depth: 1,
      select: {
        title: true,
        year: true,
        editors: true,
        slug: true,
        introduction: true,
        cover: true,
        entries: { sectionHeading: true, work: true },
        _status: true,
      },
      populate: { media: imagePopulate },
    })
    .catch(() => null)
  if (!doc) return null
  const rows = doc.entries ?? []
  const refs = refsOf(rows.map((r) => r.work))
  const selection = await selectWorks(
    payload,
    rows
      .map((row, i) => ({ ref: refs[i], sectionHeading: row.sectionHeading }))
      .filter((w) => w.ref),
    lang,
    () => 'print',
  )
  return {
    id: doc.id,
    title: doc.title,
    year: doc.year,
    editors: doc.editors ?? '',
    slug: doc.slug ?? String(doc.id),
    url: `${serverURL}${localePath(lang, `/compilations/${doc.slug}`)}`,
    published: doc._status === 'published',
    introduction: lexicalToBlocks(doc.introduction),
    cover: printableImage(doc.cover),
    selection,
  }
}

export type Exhibition = {
  id: ID
  title: string
  slug: string
  url: string
  opens: string
  closes: string | null
  venue: string
  statement: Block[]
  selection: Selection
}

export async function loadExhibition(
  payload: Payload,
  id: ID,
  lang: Locale,
  read: Read,
): Promise<Exhibition | null> {
  const doc = await payload
    .findByID({
      collection: 'exhibitions',
      id,
      ...readAs(read),
      locale: lang,
      depth: 0,
      select: {
        title: true,
        slug: true,
        opens: true,
        closes: true,
        venue: true,
        statement: true,
        artworks: { artwork: true, wallText: true },
      },
    })
    .catch(() => null)
  if (!doc) return null
  const selection = await selectWorks(
    payload,
    (doc.artworks ?? [])
      .filter((row) => row.artwork != null)
      .map((row) => ({
        ref: refOf('artworks', typeof row.artwork === 'object' ? row.artwork.id : row.artwork),
        note: row.wallText,
      })),
    lang,
    () => 'print',
  )
  return {
    id: doc.id,
    title: doc.title,
    slug: doc.slug ?? String(doc.id),
    url: `${serverURL}${localePath(lang, `/exhibitions/${doc.slug}`)}`,
    opens: doc.opens,
    closes: doc.closes ?? null,
    venue: doc.venue ?? '',
    statement: lexicalToBlocks(doc.statement),
    selection,
  }
}

export type ProgramEvent = {
  id: ID
  title: string
  slug: string
  url: string
  kind: string
  start: string
  end: string | null
  venue: string
  address: string
  description: Block[]
  accessibility: Block[]
  readers: string[]
  exhibition: string
  selection: Selection
}

export async function loadEvent(
  payload: Payload,
  id: ID,
  lang: Locale,
  read: Read,
): Promise<ProgramEvent | null> {
  const doc = await payload
    .findByID({
      collection: 'events',
      id,
      ...readAs(read),
      locale: lang,
      depth: 0,
      select: {
        title: true,
        slug: true,
        kind: true,
        start: true,
        end: true,
        venue: true,
        address: true,
        description: true,
        accessibilityNotes: true,
        works: true,
        exhibition: true,
      },
    })
    .catch(() => null)
  if (!doc) return null
  // Readers as the public sees them: only those who made a public profile are named. The link
  // itself is never public, so it is read with the server's rights and only names leave here.
  const featured = await payload.findByID({
    collection: 'events',
    id: doc.id,
    overrideAccess: true,
    depth: 0,
    select: { featuredContributors: true },
  })
  const readerIds = relIds(featured.featuredContributors)
  const [readers, exhibition, selection] = await Promise.all([
    publicPeople(payload, readerIds),
    doc.exhibition
      ? payload
          .findByID({
            collection: 'exhibitions',
            id: typeof doc.exhibition === 'object' ? doc.exhibition.id : doc.exhibition,
            overrideAccess: false,
            draft: false,
            depth: 0,
            select: { title: true },
          })
          .catch(() => null)
      : null,
    selectWorks(
      payload,
      refsOf(doc.works ?? []).map((ref) => ({ ref })),
      lang,
      (collection) => (collection === 'writings' ? 'readAloud' : 'print'),
    ),
  ])
  return {
    id: doc.id,
    title: doc.title,
    slug: doc.slug ?? String(doc.id),
    url: `${serverURL}${localePath(lang, `/events/${doc.slug}`)}`,
    kind: doc.kind,
    start: doc.start,
    end: doc.end ?? null,
    venue: doc.venue,
    address: doc.address ?? '',
    description: lexicalToBlocks(doc.description),
    accessibility: textToBlocks(doc.accessibilityNotes),
    readers: readerIds.map((r) => readers.get(String(r))?.name).filter((n): n is string => !!n),
    exhibition: exhibition?.title ?? '',
    selection,
  }
}
