import type { CollectionSlug, Payload, Where } from 'payload'

import { plainTextToLexical } from '@/lib/richText'
import { vttClock } from '@/lib/transcript'
import { demoWritings } from './data/writings'
import { demoContributors, demoGuests, demoTopics } from './data/people'
import {
  demoArtworks,
  demoCompilations,
  demoEpisodes,
  demoEvents,
  demoExhibitions,
} from './data/programs'
import { makeArtworkImage, makePortrait, makeWav } from './generate'
import type { ID } from '@/lib/relations'

export const DEMO_ACCOUNTS = ['admin', 'editor', 'contributor'] as const
export const demoEmail = (role: (typeof DEMO_ACCOUNTS)[number]) => `${role}@example.com`
export const seedPassword = () => process.env.SEED_PASSWORD || 'demo-password'

const ctx = { disableRevalidate: true, disableNotifications: true }

/** Find a document by a unique key, or make it: what makes the seed safe to run again. */
async function ensure(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  create: () => Promise<{ id: ID }>,
): Promise<ID> {
  const found = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    draft: true,
    pagination: false,
    select: {},
  })
  if (found.docs[0]) return found.docs[0].id
  return (await create()).id
}

const uploadFile = (name: string, data: Buffer, mimetype: string) => ({
  name,
  data,
  mimetype,
  size: data.length,
})

export type SeedReport = { created: boolean; counts: Record<string, number> }

/** Demo content for Voice & Visibility. Idempotent: every item is keyed by a unique value. */
export async function seed(payload: Payload): Promise<SeedReport> {
  const log = (msg: string) => payload.logger.info(`[seed] ${msg}`)
  const before = await payload.count({ collection: 'writings', overrideAccess: true })
  // A fresh context for every call: Payload's storage plugin marks the context of a save that
  // uploaded a file, and a shared object would make every later upload skip the bucket.
  const base = {
    overrideAccess: true,
    depth: 0,
    get context() {
      return { ...ctx }
    },
  } as const

  log('topics')
  const topicIds: Record<string, ID> = {}
  for (const topic of demoTopics) {
    topicIds[topic.slug] = await ensure(
      payload,
      'topics',
      { slug: { equals: topic.slug } },
      async () => {
        const doc = await payload.create({
          ...base,
          collection: 'topics',
          locale: 'en',
          data: { name: topic.en, slug: topic.slug },
        })
        await payload.update({
          ...base,
          collection: 'topics',
          id: doc.id,
          locale: 'es',
          data: { name: topic.es },
        })
        return doc
      },
    )
  }

  log('contributors')
  const contributorIds: ID[] = []
  for (const [i, person] of demoContributors.entries()) {
    contributorIds.push(
      await ensure(payload, 'contributors', { email: { equals: person.email } }, async () => {
        const photo = person.publicProfile
          ? await payload.create({
              ...base,
              collection: 'media',
              data: { alt: `Illustrated placeholder portrait for ${person.displayName}` },
              file: uploadFile(
                `portrait-${i + 1}.png`,
                await makePortrait(i, person.displayName),
                'image/png',
              ),
            })
          : undefined
        return payload.create({
          ...base,
          collection: 'contributors',
          data: {
            ...person,
            photo: photo?.id as number | undefined,
          },
        })
      }),
    )
  }

  log('accounts')
  for (const role of DEMO_ACCOUNTS) {
    await ensure(payload, 'users', { email: { equals: demoEmail(role) } }, () =>
      payload.create({
        ...base,
        collection: 'users',
        data: {
          email: demoEmail(role),
          password: seedPassword(),
          name: `Demo ${role}`,
          roles: [role],
          contributor: role === 'contributor' ? (contributorIds[0] as number) : undefined,
        },
      }),
    )
  }

  log('writing')
  const writingIds: Record<string, ID> = {}
  const year = new Date().getUTCFullYear()
  for (const [i, w] of demoWritings.entries()) {
    const published = !w.status
    writingIds[w.key] = await ensure(payload, 'writings', { slug: { equals: w.key } }, () =>
      payload.create({
        ...base,
        collection: 'writings',
        draft: !published,
        data: {
          title: w.title,
          slug: w.key,
          form: w.form,
          language: w.language,
          body: plainTextToLexical(w.text),
          excerpt: w.text.split('\n')[0].slice(0, 200),
          contributor: contributorIds[w.author] as number,
          credit: w.credit,
          penName: w.penName,
          topics: w.topics.map((t) => topicIds[t] as number),
          editorialStatus: w.status ?? 'accepted',
          featured: published && ['night-shift', 'first-paycheck'].includes(w.key),
          consents: {
            publishOnline: true,
            printAndExhibit: !w.noPrint,
            readAloud: i % 4 !== 3,
            source: 'submissionForm',
          },
          _status: published ? 'published' : 'draft',
          publishedAt: published
            ? new Date(Date.UTC(year - (i % 4), (i * 5) % 12, 1 + (i % 27))).toISOString()
            : undefined,
        },
      }),
    )
  }
  for (const w of demoWritings.filter((x) => x.pair)) {
    const current = await payload.findByID({
      ...base,
      collection: 'writings',
      id: writingIds[w.key],
      draft: true,
      select: { translations: true },
    })
    if (current.translations?.length) continue
    await payload.update({
      ...base,
      collection: 'writings',
      id: writingIds[w.key],
      data: { translations: [writingIds[w.pair!] as number] },
    })
  }

  log('artworks')
  const artworkIds: ID[] = []
  for (const [i, art] of demoArtworks.entries()) {
    artworkIds.push(
      await ensure(payload, 'artworks', { slug: { equals: art.slug } }, async () => {
        const images: ID[] = []
        for (let n = 0; n < art.images; n++) {
          const file = await makeArtworkImage(i * 7 + n + 1)
          const media = await payload.create({
            ...base,
            collection: 'media',
            data: {
              alt: `${art.alt}${art.images > 1 ? ` (view ${n + 1})` : ''}`,
              credit: 'Demo image generated for Voice & Visibility',
            },
            file: uploadFile(`${art.slug}-${n + 1}.jpg`, file, 'image/jpeg'),
          })
          images.push(media.id)
        }
        return payload.create({
          ...base,
          collection: 'artworks',
          data: {
            title: art.title,
            slug: art.slug,
            images: images as number[],
            medium: art.medium,
            dimensions: art.dimensions,
            year: year - (i % 6),
            statement: plainTextToLexical(art.statement),
            contributor: contributorIds[art.author] as number,
            credit: art.credit,
            penName: art.penName,
            topics: art.topics.map((t) => topicIds[t] as number),
            editorialStatus: 'accepted',
            featured: ['steam-and-light', 'crossing'].includes(art.slug),
            consents: {
              publishOnline: true,
              printAndExhibit: true,
              readAloud: false,
              source: 'paperForm',
            },
            _status: 'published',
            publishedAt: new Date(Date.UTC(year - (i % 5), (i * 3) % 12, 10)).toISOString(),
          },
        })
      }),
    )
  }

  log('guests')
  const guestIds: ID[] = []
  for (const [i, guest] of demoGuests.entries()) {
    guestIds.push(
      await ensure(payload, 'guests', { name: { equals: guest.name } }, () =>
        payload.create({
          ...base,
          collection: 'guests',
          data: {
            ...guest,
            bio: `${guest.name} is ${guest.role.toLowerCase()} at ${guest.organisation}. Demo guest profile.`,
            links:
              i % 3 === 0 ? [{ label: 'Organisation website', url: 'https://example.org/' }] : [],
          },
        }),
      ),
    )
  }

  log('episodes and interviews')
  for (const [i, ep] of demoEpisodes.entries()) {
    await ensure(payload, 'episodes', { number: { equals: ep.number } }, async () => {
      const audio = await payload.create({
        ...base,
        collection: 'audio',
        data: { title: `UpFront! ${ep.number}` },
        file: uploadFile(`upfront-${ep.number}.wav`, makeWav(6, 220 + i * 20), 'audio/wav'),
      })
      const guests = ep.guests.map((g) => guestIds[g] as number)
      const episode = await payload.create({
        ...base,
        collection: 'episodes',
        data: {
          number: ep.number,
          title: ep.title,
          slug: `upfront-${ep.number}`,
          airDate: ep.airDate,
          audio: audio.id,
          duration: 6,
          summary: ep.summary,
          showNotes: plainTextToLexical(
            `${ep.summary}\n\nUpFront! airs weekly. This is demo content.`,
          ),
          // Timed, one interview every 3 seconds of the 6-second demo audio.
          transcript: ep.guests
            .map(
              (g, n) =>
                `[${vttClock(n * 3)}] HOST: Welcome, ${demoGuests[g].name}.\n[${vttClock(n * 3 + 1)}] ${demoGuests[g].name.toUpperCase()}: Thank you for having me. (Demo transcript, part ${n + 1}.)`,
            )
            .join('\n'),
          guests,
          topics: ep.topics.map((t) => topicIds[t] as number),
          _status: 'published',
          publishedAt: ep.airDate,
        },
      })
      for (const [n, g] of ep.guests.entries()) {
        await payload.create({
          ...base,
          collection: 'interviews',
          data: {
            title: `${demoGuests[g].name} on ${ep.title.toLowerCase()}`,
            slug: `upfront-${ep.number}-${n + 1}`,
            guests: [guestIds[g] as number],
            episode: episode.id,
            startTime: n * 3,
            endTime: n * 3 + 3,
            summary: `A conversation with ${demoGuests[g].name} (${demoGuests[g].organisation}).`,
            transcript: `${demoGuests[g].name}: We organise because nobody else will do it for us. (Demo.)`,
            pullQuotes: [{ quote: 'We organise because nobody else will do it for us.' }],
            topics: ep.topics.map((t) => topicIds[t] as number),
          },
        })
      }
      return episode
    })
  }

  log('exhibitions, anthologies, events')
  const exhibitionIds: ID[] = []
  for (const ex of demoExhibitions) {
    exhibitionIds.push(
      await ensure(payload, 'exhibitions', { slug: { equals: ex.slug } }, async () => {
        const cover = await payload.findByID({
          collection: 'artworks',
          id: artworkIds[ex.works[0]],
          depth: 0,
          overrideAccess: true,
        })
        return payload.create({
          ...base,
          collection: 'exhibitions',
          data: {
            title: ex.title,
            slug: ex.slug,
            opens: ex.opens,
            closes: ex.closes,
            venue: ex.venue,
            statement: plainTextToLexical(ex.statement),
            cover: (cover.images?.[0] as number) ?? undefined,
            artworks: ex.works.map((w) => ({
              artwork: artworkIds[w] as number,
              wallText: demoArtworks[w].wallText,
            })),
            _status: 'published',
          },
        })
      }),
    )
  }
  for (const comp of demoCompilations) {
    await ensure(payload, 'compilations', { slug: { equals: comp.slug } }, () =>
      payload.create({
        ...base,
        collection: 'compilations',
        data: {
          title: comp.title,
          slug: comp.slug,
          year: comp.year,
          editors: comp.editors,
          introduction: plainTextToLexical(comp.introduction),
          entries: comp.entries.map((e) => ({
            sectionHeading: e.section,
            work: e.writing
              ? { relationTo: 'writings' as const, value: writingIds[e.writing] as number }
              : { relationTo: 'artworks' as const, value: artworkIds[e.artwork!] as number },
          })),
          _status: 'published',
        },
      }),
    )
  }
  for (const ev of demoEvents) {
    await ensure(payload, 'events', { slug: { equals: ev.slug } }, () =>
      payload.create({
        ...base,
        collection: 'events',
        data: {
          title: ev.title,
          slug: ev.slug,
          kind: ev.kind,
          start: ev.start,
          end: ev.end,
          venue: ev.venue,
          address: ev.address,
          attendance: ev.attendance,
          accessibilityNotes: ev.accessibilityNotes,
          registrationUrl: ev.registrationUrl,
          description: plainTextToLexical(ev.description),
          featuredContributors: ev.readers.map((r) => contributorIds[r] as number),
          works: ev.works.map((k) => ({
            relationTo: 'writings' as const,
            value: writingIds[k] as number,
          })),
          exhibition:
            ev.exhibition !== undefined ? (exhibitionIds[ev.exhibition] as number) : undefined,
        },
      }),
    )
  }

  const counts: Record<string, number> = {}
  for (const collection of [
    'writings',
    'artworks',
    'contributors',
    'episodes',
    'guests',
    'interviews',
    'compilations',
    'exhibitions',
    'events',
    'topics',
    'media',
    'audio',
    'users',
  ] as const) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return { created: before.totalDocs === 0, counts }
}
