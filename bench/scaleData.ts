/**
 * The archive at scale, for the benchmark (`npm run bench`): years of work, generated with a fixed
 * seed on top of the demo content. Everything goes through the Local API (so it works on either
 * database); revalidation, notifications and the audit log are skipped, as for any seed.
 */
import type { Payload } from 'payload'

import { plainTextToLexical } from '@/lib/richText'
import { WRITING_FORMS } from '@/lib/vocabularies'
import { slugify } from '@/lib/slugify'
import { makeArtworkImage, makeWav } from '@/seed/generate'
import {
  FIRST,
  LANGUAGE_MIX,
  LAST,
  MEDIA,
  ORGS,
  paragraphs,
  prng,
  sentence,
  titleOf,
  WORDS,
} from './words'

export const ARCHIVE_SCALE = {
  contributors: 600,
  writings: 10_000,
  artworks: 5_000,
  distinctImages: 60,
  guests: 1_300,
  episodes: 455,
  interviews: 900,
  events: 200,
  compilations: 40,
  exhibitions: 30,
}
export type ArchiveScale = typeof ARCHIVE_SCALE

/** Runs `make` for 0..count-1, `parallel` at a time, reporting progress every 1,000. */
async function each(
  label: string,
  count: number,
  make: (i: number) => Promise<unknown>,
  log: (line: string) => void,
  parallel = 4,
) {
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i < count; i = next++) {
        await make(i)
        if ((i + 1) % 1000 === 0) log(`${label}: ${i + 1} of ${count}`)
      }
    }),
  )
  log(`${label}: ${count} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * Adds the archive-scale data set to a database that already holds the demo (its topics,
 * contributors and accounts are reused). Returns the number of documents of each kind created.
 */
export async function seedArchive(
  payload: Payload,
  { seed = 455, scale = ARCHIVE_SCALE, log = (line: string) => payload.logger.info(line) } = {},
) {
  const r = prng(seed)
  const base = {
    overrideAccess: true,
    depth: 0,
    context: { disableRevalidate: true, disableNotifications: true, disableAudit: true },
  } as const
  const ids = async (collection: 'topics' | 'contributors') =>
    (
      await payload.find({
        collection,
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: {},
      })
    ).docs.map((d) => d.id)
  const topics = await ids('topics')
  const year = new Date().getUTCFullYear()
  const dateIn = (years: number) =>
    new Date(Date.UTC(year - r.int(years), r.int(12), 1 + r.int(28), r.int(24))).toISOString()

  const contributors = await ids('contributors')
  await each(
    'contributors',
    scale.contributors,
    async (i) => {
      const displayName = `${r.pick(FIRST)} ${r.pick(LAST)}`
      const doc = await payload.create({
        ...base,
        collection: 'contributors',
        data: {
          displayName,
          slug: `${slugify(displayName)}-${i + 1}`,
          legalName: `${displayName} (legal ${i})`,
          email: `archive.worker${i}@example.org`,
          phone: `+1 617 555 ${String(1000 + i).slice(-4)}`,
          workplace: r.pick(['Dining Services', 'Custodial Services', 'Facilities', 'Clerical']),
          publicProfile: r.next() < 0.6,
          languages: [r.pick(LANGUAGE_MIX)],
          bio: sentence(r, 'en', 10, 20),
        },
      })
      contributors.push(doc.id)
    },
    log,
  )

  const consents = () => ({
    publishOnline: true,
    printAndExhibit: r.next() < 0.8,
    readAloud: r.next() < 0.4,
    source: 'submissionForm' as const,
  })
  const credit = () => {
    const c = r.pick(['name', 'name', 'name', 'penName', 'anonymous'] as const)
    return { credit: c, penName: c === 'penName' ? `${r.pick(WORDS.en)} writer` : undefined }
  }

  const writings: number[] = []
  await each(
    'writings',
    scale.writings,
    async (i) => {
      const language = r.pick(LANGUAGE_MIX)
      const text = paragraphs(r, language, 2 + r.int(5))
      const title = titleOf(r, language)
      const doc = await payload.create({
        ...base,
        collection: 'writings',
        data: {
          title,
          // Given, so that the generator needn't look for a free one each time.
          slug: `${slugify(title) || 'writing'}-${i + 1}`,
          form: r.pick(WRITING_FORMS),
          language,
          body: plainTextToLexical(text),
          excerpt: text.split('\n')[0].slice(0, 200),
          contributor: r.pick(contributors),
          ...credit(),
          topics: r.some(topics, 1, 3),
          editorialStatus: 'accepted',
          consents: consents(),
          _status: 'published',
          publishedAt: dateIn(12),
        },
      })
      writings.push(doc.id)
    },
    log,
  )

  const images: number[] = []
  await each(
    'artwork images',
    scale.distinctImages,
    async (i) => {
      const doc = await payload.create({
        ...base,
        collection: 'media',
        data: { alt: `Generated artwork image ${i + 1} for the benchmark archive` },
        file: {
          name: `archive-art-${i + 1}.jpg`,
          data: await makeArtworkImage(1000 + i),
          mimetype: 'image/jpeg',
          size: 0,
        },
      })
      images.push(doc.id)
    },
    log,
    2,
  )
  const artworks: number[] = []
  await each(
    'artworks',
    scale.artworks,
    async (i) => {
      const title = titleOf(r, 'en')
      const doc = await payload.create({
        ...base,
        collection: 'artworks',
        data: {
          title,
          slug: `${slugify(title)}-${i + 1}`,
          images: r.some(images, 1, 2),
          medium: r.pick(MEDIA),
          dimensions: `${20 + r.int(80)} × ${20 + r.int(80)} cm`,
          year: year - r.int(12),
          statement: plainTextToLexical(paragraphs(r, r.pick(LANGUAGE_MIX), 1)),
          contributor: r.pick(contributors),
          ...credit(),
          topics: r.some(topics, 1, 2),
          editorialStatus: 'accepted',
          consents: consents(),
          _status: 'published',
          publishedAt: dateIn(12),
        },
      })
      artworks.push(doc.id)
    },
    log,
  )

  const guests: number[] = []
  await each(
    'guests',
    scale.guests,
    async (i) => {
      const doc = await payload.create({
        ...base,
        collection: 'guests',
        data: {
          name: `${r.pick(FIRST)} ${r.pick(LAST)} ${i + 1}`,
          organisation: r.pick(ORGS),
          role: r.pick(['Organiser', 'Steward', 'Researcher', 'Nurse', 'Teacher', 'Driver']),
          bio: sentence(r, 'en', 12, 24),
        },
      })
      guests.push(doc.id)
    },
    log,
  )

  const audio: number[] = []
  for (let i = 0; i < 8; i++) {
    const doc = await payload.create({
      ...base,
      collection: 'audio',
      data: { title: `Archive audio ${i + 1}` },
      file: {
        name: `archive-audio-${i + 1}.wav`,
        data: makeWav(4, 200 + i * 30),
        mimetype: 'audio/wav',
        size: 0,
      },
    })
    audio.push(doc.id)
  }
  const existing = await payload.find({
    collection: 'episodes',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { number: true },
  })
  const taken = new Set(existing.docs.map((d) => d.number))
  const numbers = Array.from({ length: scale.episodes }, (_, i) => i + 1).filter(
    (n) => !taken.has(n),
  )
  const episodes: { id: number; guests: number[]; number: number }[] = []
  const firstAir = Date.UTC(2017, 8, 7)
  await each(
    'episodes',
    numbers.length,
    async (i) => {
      const number = numbers[i]
      const epGuests = r.some(guests, 1, 4)
      const airDate = new Date(firstAir + (number - 1) * 7 * 86_400_000).toISOString()
      const summary = sentence(r, 'en', 14, 26)
      const doc = await payload.create({
        ...base,
        collection: 'episodes',
        data: {
          number,
          title: `UpFront! ${number}: ${titleOf(r, 'en')}`,
          slug: `upfront-${number}`,
          airDate,
          audio: r.pick(audio),
          duration: 4,
          summary,
          showNotes: plainTextToLexical(paragraphs(r, 'en', 2)),
          transcript: paragraphs(r, 'en', 4),
          guests: epGuests,
          topics: r.some(topics, 1, 2),
          _status: 'published',
          publishedAt: airDate,
        },
      })
      episodes.push({ id: doc.id, guests: epGuests, number })
    },
    log,
  )
  episodes.sort((a, b) => a.number - b.number)
  await each(
    'interviews',
    scale.interviews,
    async (i) => {
      const episode = episodes[i % episodes.length]
      const part = Math.floor(i / episodes.length)
      await payload.create({
        ...base,
        collection: 'interviews',
        data: {
          title: `${titleOf(r, 'en')} (UpFront! ${episode.number}, part ${part + 1})`,
          slug: `upfront-${episode.number}-archive-${part + 1}`,
          guests: [episode.guests[part % episode.guests.length]],
          episode: episode.id,
          startTime: part * 2,
          endTime: part * 2 + 2,
          summary: sentence(r, 'en', 10, 18),
          transcript: paragraphs(r, 'en', 2),
          pullQuotes: [{ quote: sentence(r, 'en') }],
          topics: r.some(topics, 1, 2),
        },
      })
    },
    log,
  )

  await each(
    'exhibitions',
    scale.exhibitions,
    async (i) => {
      const works = r.some(artworks, 10, 20)
      const opens = dateIn(10)
      await payload.create({
        ...base,
        collection: 'exhibitions',
        data: {
          title: `Worker Art Show ${i + 1}: ${titleOf(r, 'en')}`,
          slug: `worker-art-show-${i + 1}`,
          opens,
          closes: new Date(Date.parse(opens) + 30 * 86_400_000).toISOString(),
          venue: r.pick(['Campus Center Gallery', 'Healey Library Lobby', 'Union Hall']),
          statement: plainTextToLexical(paragraphs(r, 'en', 2)),
          cover: r.pick(images),
          artworks: works.map((artwork) => ({ artwork, wallText: sentence(r, 'en') })),
          _status: 'published',
        },
      })
    },
    log,
  )
  await each(
    'compilations',
    scale.compilations,
    async (i) => {
      await payload.create({
        ...base,
        collection: 'compilations',
        data: {
          title: `Worker Writers Anthology ${i + 1}: ${titleOf(r, 'en')}`,
          slug: `worker-writers-anthology-${i + 1}`,
          year: year - (i % 15),
          editors: 'Worker Education Program editors',
          introduction: plainTextToLexical(paragraphs(r, 'en', 2)),
          entries: r.some(writings, 10, 20).map((value, n) => ({
            sectionHeading: n % 5 === 0 ? `Part ${n / 5 + 1}` : undefined,
            work: { relationTo: 'writings' as const, value },
          })),
          _status: 'published',
        },
      })
    },
    log,
  )
  await each(
    'events',
    scale.events,
    async (i) => {
      const start = dateIn(8)
      await payload.create({
        ...base,
        collection: 'events',
        data: {
          title: `${r.pick(['Worker Writers Reading', 'Art Show Opening', 'Building Bridges Showcase', 'UpFront! Live'])} ${i + 1}`,
          slug: `archive-event-${i + 1}`,
          kind: r.pick(['reading', 'art_show', 'showcase', 'live_radio'] as const),
          start,
          end: new Date(Date.parse(start) + 2 * 3_600_000).toISOString(),
          venue: r.pick(['Campus Center Ballroom', 'Healey Library Lobby', 'Union Hall']),
          address: '100 Morrissey Blvd (benchmark)',
          accessibilityNotes: 'Step-free entrance; interpretation on request.',
          description: plainTextToLexical(paragraphs(r, 'en', 1)),
          featuredContributors: r.some(contributors, 1, 4),
          works: r
            .some(writings, 0, 4)
            .map((value) => ({ relationTo: 'writings' as const, value })),
        },
      })
    },
    log,
  )
  return {
    contributors: scale.contributors,
    writings: writings.length,
    artworks: artworks.length,
    images: images.length,
    guests: guests.length,
    episodes: episodes.length,
    interviews: scale.interviews,
    exhibitions: scale.exhibitions,
    compilations: scale.compilations,
    events: scale.events,
  }
}
