import { cache } from 'react'
import { unstable_cache } from 'next/cache'

import { collectionTag } from '@/lib/cache/tags'
import { collator, type Locale } from '@/i18n'
import type { Artwork, Compilation, Writing } from '@/payload-types'
import { mediaSelect, picture, socialImage, type Picture, type SocialImage } from './media'
import { optionsSchema } from '@/lib/publishing/kinds'
import { plan } from '@/lib/publishing/produce'
import { getPayloadClient } from './payload'
import { detailRead, asPublic, creditedPeople, published, readable, type ID } from './shared'

export type CompilationCard = {
  id: ID
  title: string
  slug: string
  year: number
  editors: string
  cover: Picture | null
  entryCount: number
}

// Named sub-fields: with `entries: true` the SQLite adapter drops the polymorphic `work` link.
const entriesSelect = { sectionHeading: true, work: true } as const

export const listCompilations = unstable_cache(
  async (locale: Locale): Promise<CompilationCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'compilations',
      ...asPublic,
      locale,
      where: published,
      sort: '-year',
      pagination: false,
      depth: 1,
      select: {
        title: true,
        slug: true,
        year: true,
        editors: true,
        cover: true,
        entries: entriesSelect,
      },
      populate: { media: mediaSelect, writings: { slug: true }, artworks: { slug: true } },
    })
    return docs.map((d) => ({
      id: d.id,
      title: d.title,
      slug: d.slug ?? '',
      year: d.year,
      editors: d.editors ?? '',
      cover: picture(d.cover),
      entryCount: (d.entries ?? []).filter((e) => readable(e.work.value)).length,
    }))
  },
  ['compilations:list'],
  {
    tags: [
      collectionTag('compilations'),
      collectionTag('writings'),
      collectionTag('artworks'),
      collectionTag('media'),
    ],
  },
)

type EntryBase = { anchor: string; sectionHeading: string; title: string; byline: string }
export type CompilationEntry =
  | (EntryBase & {
      kind: 'writing'
      slug: string
      language: string
      form: string
      body: Writing['body']
    })
  | (EntryBase & { kind: 'artwork'; slug: string; medium: string; images: Picture[] })

export type CompilationPage = Omit<CompilationCard, 'entryCount'> & {
  introduction: Compilation['introduction']
  entries: CompilationEntry[]
  notes: { name: string; bio: string; slug: string | null }[]
  social: SocialImage | null
}

/**
 * An anthology read in order. Entries that are not public are left out; contributor notes come
 * from the public bios of those credited by name.
 */
function readCompilation(locale: Locale, slug: string): Promise<CompilationPage | null> {
  return detailRead(
    {
      collection: 'compilations',
      locale,
      slug,
      publicFilter: published,
      related: ['writings', 'artworks', 'contributors', 'media'],
    },
    async (payload, find) => {
      const { docs } = await payload.find({
        ...find,
        depth: 2,
        select: {
          title: true,
          slug: true,
          year: true,
          editors: true,
          cover: true,
          introduction: true,
          entries: entriesSelect,
        },
        populate: {
          writings: {
            title: true,
            slug: true,
            byline: true,
            language: true,
            form: true,
            body: true,
          },
          artworks: {
            title: true,
            slug: true,
            byline: true,
            medium: true,
            images: true,
          },
          media: mediaSelect,
        },
      })
      const d = docs[0]
      if (!d) return null
      const entries: CompilationEntry[] = []
      const notes = new Map<string, CompilationPage['notes'][number]>()
      const credited = async (collection: 'writings' | 'artworks') =>
        creditedPeople(
          payload,
          collection,
          (d.entries ?? [])
            .filter((row) => row.work.relationTo === collection && readable(row.work.value))
            .map((row) => (row.work.value as { id: ID }).id),
        )
      const people = { writings: await credited('writings'), artworks: await credited('artworks') }
      for (const row of d.entries ?? []) {
        const work = row.work.value
        if (!readable<Writing | Artwork>(work)) continue
        const base = {
          anchor: `${row.work.relationTo}-${work.slug}`,
          sectionHeading: row.sectionHeading ?? '',
          title: work.title,
          byline: work.byline ?? '',
          slug: work.slug ?? '',
        }
        if (row.work.relationTo === 'writings') {
          const w = work as Writing
          entries.push({
            ...base,
            kind: 'writing',
            language: w.language,
            form: w.form,
            body: w.body,
          })
        } else {
          const a = work as Artwork
          entries.push({
            ...base,
            kind: 'artwork',
            medium: a.medium ?? '',
            images: (a.images ?? []).map((m) => picture(m)).filter((p): p is Picture => !!p),
          })
        }
        const person = people[row.work.relationTo].get(String(work.id))
        if (person?.bio)
          notes.set(person.slug, { name: person.name, bio: person.bio, slug: person.slug })
      }
      return {
        id: d.id,
        title: d.title,
        slug: d.slug ?? '',
        year: d.year,
        editors: d.editors ?? '',
        cover: picture(d.cover, 'feature'),
        introduction: d.introduction,
        entries,
        notes: [...notes.values()].sort((a, b) => collator(locale).compare(a.name, b.name)),
        social: socialImage(d.cover),
      }
    },
  )
}

/**
 * Whether a published anthology offers its book (PDF and EPUB) for download: only when every
 * piece that would go in is public, and so consented to online publication (the download
 * endpoint checks it again when it serves the file).
 */
export function bookDownloadable(locale: Locale, id: ID): Promise<boolean> {
  return unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const p = await plan(payload, {
        kind: 'anthology-pdf',
        id,
        options: optionsSchema.parse({ lang: locale }),
        draft: false,
      }).catch(() => null)
      return p?.downloadable ?? false
    },
    ['compilations:downloadable', locale, String(id)],
    {
      tags: [collectionTag('compilations'), collectionTag('writings'), collectionTag('artworks')],
    },
  )()
}

/** Once per request: the page and its metadata ask for the same document. */
export const getCompilation = cache(readCompilation)
