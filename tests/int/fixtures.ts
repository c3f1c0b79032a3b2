import { crc32 } from 'node:zlib'
import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'

import { plainTextToLexical } from '@/lib/richText'
import { parseSubmission } from '@/lib/submissions/schema'
import type { User } from '@/payload-types'
import { makeWav } from '@/seed/generate'

export type Role = 'public' | 'contributor' | 'editor' | 'admin'
export type World = Awaited<ReturnType<typeof buildWorld>>

const base = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const

export const PRIVATE = {
  legalName: 'Secretlegal Personname',
  email: 'private.person@example.org',
  phone: '+1 555 0199 777',
  workplace: 'Hidden Department of Dining',
  union: 'Local 999 Hidden',
  editorNotes: 'Editor-only note xyzzy',
}

export const pngBytes = () =>
  sharp({ create: { width: 900, height: 700, channels: 3, background: '#b3261e' } })
    .png()
    .toBuffer()

export const file = (name: string, data: Buffer, mimetype: string) => ({
  name,
  data,
  mimetype,
  size: data.length,
})

/** A small, fully known world: two contributors (one with an account), users of every role. */
export async function buildWorld(payload: Payload) {
  const alice = await payload.create({
    ...base,
    collection: 'contributors',
    data: { displayName: 'Alice Worker', publicProfile: true, ...PRIVATE },
  })
  const bob = await payload.create({
    ...base,
    collection: 'contributors',
    data: {
      displayName: 'Bob Hidden',
      publicProfile: false,
      ...PRIVATE,
      email: 'bob.private@example.org',
      legalName: 'Robert Legalname',
    },
  })
  const users = {} as Record<Exclude<Role, 'public'>, User>
  for (const role of ['contributor', 'editor', 'admin'] as const) {
    users[role] = await payload.create({
      ...base,
      collection: 'users',
      data: {
        email: `${role}@test.example`,
        password: 'test-password-123',
        roles: [role],
        contributor: role === 'contributor' ? alice.id : undefined,
      },
    })
  }
  const topic = await payload.create({ ...base, collection: 'topics', data: { name: 'Work' } })
  // Uploaded by the contributor's account: theirs to attach to their own pieces.
  const image = await payload.create({
    ...base,
    user: users.contributor,
    collection: 'media',
    data: { alt: 'A red square' },
    file: file('red.png', await pngBytes(), 'image/png'),
  })
  const audio = await payload.create({
    ...base,
    collection: 'audio',
    data: { title: 'Tone' },
    file: file('tone.wav', makeWav(1, 440), 'audio/wav'),
  })

  const writing = (title: string, contributor: number, extra: Record<string, unknown> = {}) =>
    payload.create({
      ...base,
      collection: 'writings',
      data: {
        title,
        body: plainTextToLexical(`${title} body`),
        form: 'poem',
        language: 'en',
        contributor,
        credit: 'name',
        consents: { publishOnline: true, source: 'submissionForm' },
        editorialStatus: 'accepted',
        _status: 'published',
        ...extra,
      },
    })

  const works = {
    alicePublished: await writing('Alice published', alice.id),
    aliceSubmitted: await writing('Alice submitted', alice.id, {
      editorialStatus: 'submitted',
      _status: 'draft',
    }),
    bobPublished: await writing('Bob published', bob.id),
    bobAnonymous: await writing('Bob anonymous', bob.id, { credit: 'anonymous' }),
    bobPenName: await writing('Bob pen name', bob.id, { credit: 'penName', penName: 'Night Owl' }),
    bobSubmitted: await writing('Bob submitted', bob.id, {
      editorialStatus: 'submitted',
      _status: 'draft',
    }),
  }

  return { alice, bob, users, topic, image, audio, works }
}

export const userFor = (world: World, role: Role) =>
  role === 'public' ? undefined : world.users[role]

/** The collections people write to (not the audit log, outputs or Payload's own). */
export type Sampled = Exclude<CollectionSlug, 'audit-log' | 'outputs' | `payload-${string}`>

/** Minimal valid data for creating one document in each collection. */
export function sampleData<C extends Sampled>(
  world: World,
  collection: C,
): RequiredDataFromCollectionSlug<C> {
  const stamp = Math.random().toString(36).slice(2, 8)
  const samples: { [K in Sampled]: () => RequiredDataFromCollectionSlug<K> } = {
    writings: () => ({
      title: `New ${stamp}`,
      body: plainTextToLexical('text'),
      form: 'poem',
      language: 'en',
      contributor: world.alice.id,
      credit: 'name',
      consents: { publishOnline: true, source: 'paperForm' },
      editorialStatus: 'submitted',
    }),
    artworks: () => ({
      title: `Art ${stamp}`,
      images: [world.image.id],
      contributor: world.alice.id,
      credit: 'name',
      consents: { publishOnline: true, source: 'paperForm' },
      editorialStatus: 'submitted',
    }),
    contributors: () => ({ displayName: `Person ${stamp}` }),
    episodes: () => ({
      number: 1000 + Math.floor(Math.random() * 100000),
      title: `Ep ${stamp}`,
      airDate: new Date().toISOString(),
      summary: 'Summary',
      audio: world.audio.id,
    }),
    guests: () => ({ name: `Guest ${stamp}` }),
    interviews: () => ({ title: `Interview ${stamp}` }),
    events: () => ({
      title: `Event ${stamp}`,
      kind: 'reading',
      start: new Date().toISOString(),
      venue: 'Hall',
    }),
    compilations: () => ({ title: `Anthology ${stamp}`, year: 2026 }),
    exhibitions: () => ({ title: `Show ${stamp}`, opens: new Date().toISOString() }),
    topics: () => ({ name: `Topic ${stamp}` }),
    media: () => ({ alt: `Image ${stamp}` }),
    audio: () => ({ title: `Audio ${stamp}` }),
    users: () => ({
      email: `new-${stamp}@test.example`,
      password: 'test-password-123',
      roles: ['contributor'],
    }),
  }
  return samples[collection]()
}

/** A real 1×1 PNG whose header claims other dimensions (a "decompression bomb" in miniature). */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await pngBytes())
  // Signature (8) + IHDR length (4) + "IHDR" (4): width and height follow, then the CRC.
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

/** A valid anonymous artwork submission, as the form would give it (images passed separately). */
export function anonymousArtwork(
  title: string,
  email: string,
  imageDescription = `${title} described`,
) {
  const parsed = parseSubmission({
    kind: 'artwork',
    title,
    language: 'en',
    credit: 'anonymous',
    consentOnline: 'on',
    email,
    imageDescription,
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.input
}
