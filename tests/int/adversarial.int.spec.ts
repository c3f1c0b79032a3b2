// The adversarial privacy suite (issue #15): plant distinct private values, crawl every API
// surface as the public and as a different signed-in contributor, find none of them. Each kind
// of leak it looks for has a negative control: the same crawl against a deliberately weakened
// rule must report the leak, or the check could not fail.
import type { Access, Field, FieldAccess, Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { plainTextToLexical } from '@/lib/richText'
import { takedown } from '@/lib/editorial/takedown'
import { withdrawSubmission } from '@/lib/submissions/status'
import { submitWork } from '@/lib/submissions/submit'
import { makeWav } from '@/seed/generate'
import { crawl, findLeaks, type Probe } from './adversary'
import { anonymousArtwork, buildWorld, file, pngBytes, PRIVATE, type World } from './fixtures'
import { bootBeforeAll } from './helpers'
import { tokenFor } from './http'

let payload: Payload
let world: World
let malloryToken: string

const base = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const

/** Values planted where only editors (or the person) may see them. */
const PLANTED = {
  hiddenWriter: 'Quill Shadowwriter',
  hiddenLegal: 'Quillon Legal-Shadow',
  submittedTitle: 'SUBMITTED-TITLE-zx81',
  submittedAlt: 'ALT-SUBMITTED-qq1 portrait at Dock 4',
  declinedTitle: 'DECLINED-TITLE-zx82',
  declinedAlt: 'ALT-DECLINED-qq2',
  withdrawnTitle: 'WITHDRAWN-TITLE-zx83',
  withdrawnAlt: 'ALT-WITHDRAWN-qq3',
  draftEpisode: 'DRAFT-EPISODE-kk9',
  draftAudio: 'DRAFT-AUDIO-kk9',
  pieceNote: 'EDITOR-NOTE-pp7',
  message: 'MESSAGE-TO-WORKER-mm3',
  takedownReason: 'TAKEDOWN-REASON-tt4',
}
const secrets = [
  ...Object.values(PRIVATE),
  'bob.private@example.org',
  'Robert Legalname',
  ...Object.values(PLANTED),
]

const submission = (title: string, alt: string, email: string) =>
  anonymousArtwork(title, email, alt)

bootBeforeAll(async (booted) => {
  payload = booted
  world = await buildWorld(payload)

  // A writer known only by a pen name and anonymously: their name is the secret.
  const hidden = await payload.create({
    ...base,
    collection: 'contributors',
    data: { displayName: PLANTED.hiddenWriter, legalName: PLANTED.hiddenLegal },
  })
  const publish = { editorialStatus: 'accepted', _status: 'published' } as const
  const consents = { publishOnline: true, source: 'paperForm' } as const
  const anonymous = await payload.create({
    ...base,
    collection: 'writings',
    data: {
      title: 'An anonymous poem',
      body: plainTextToLexical('words'),
      form: 'poem',
      language: 'en',
      contributor: hidden.id,
      credit: 'anonymous',
      consents,
      editorNotes: PLANTED.pieceNote,
      messageToContributor: PLANTED.message,
      ...publish,
    },
  })
  // Its translation, credited by name to someone else: the link must not be shown to the public.
  await payload.create({
    ...base,
    collection: 'writings',
    data: {
      title: 'A named translation',
      body: plainTextToLexical('palabras'),
      form: 'poem',
      language: 'es',
      contributor: world.alice.id,
      credit: 'name',
      consents,
      translations: [anonymous.id],
      ...publish,
    },
  })
  // A piece taken down, with the editor's reason (kept in the audit log, for editors only).
  const takenDown = await payload.create({
    ...base,
    collection: 'writings',
    data: {
      title: 'Taken down piece',
      body: plainTextToLexical('gone'),
      form: 'poem',
      language: 'en',
      contributor: world.alice.id,
      credit: 'name',
      consents,
      ...publish,
    },
  })
  await takedown(
    payload,
    'writings',
    takenDown.id,
    'unpublish',
    world.users.editor,
    PLANTED.takedownReason,
  )
  // An event that features the hidden writer and shows the anonymous piece.
  await payload.create({
    ...base,
    collection: 'events',
    data: {
      title: 'Open mic',
      kind: 'reading',
      start: new Date().toISOString(),
      venue: 'Hall',
      featuredContributors: [hidden.id, world.bob.id],
      works: [{ relationTo: 'writings', value: anonymous.id }],
    },
  })

  // Three artwork submissions with images: one waiting, one declined, one withdrawn.
  const image = async () => {
    const data = await pngBytes()
    return [{ name: 'photo.png', data, mimetype: 'image/png', size: data.length }]
  }
  const waiting = await submitWork(
    payload,
    submission(PLANTED.submittedTitle, PLANTED.submittedAlt, 'w1@example.org'),
    await image(),
  )
  const declined = await submitWork(
    payload,
    submission(PLANTED.declinedTitle, PLANTED.declinedAlt, 'w2@example.org'),
    await image(),
  )
  const withdrawn = await submitWork(
    payload,
    submission(PLANTED.withdrawnTitle, PLANTED.withdrawnAlt, 'w3@example.org'),
    await image(),
  )
  if (!waiting.ok || !declined.ok || !withdrawn.ok) throw new Error('submissions not stored')
  await payload.update({
    ...base,
    collection: 'artworks',
    id: declined.id,
    draft: true,
    data: { editorialStatus: 'declined' },
  })
  expect(await withdrawSubmission(payload, withdrawn.code)).toBe(true)

  // A draft episode with its recording.
  const audio = await payload.create({
    ...base,
    collection: 'audio',
    data: { title: PLANTED.draftAudio },
    file: file('episode.wav', makeWav(1, 330), 'audio/wav'),
  })
  await payload.create({
    ...base,
    collection: 'episodes',
    draft: true,
    data: {
      number: 9001,
      title: PLANTED.draftEpisode,
      airDate: new Date().toISOString(),
      summary: 'Not yet',
      audio: audio.id,
      _status: 'draft',
    },
  })

  // Another worker's account: signed in, a contributor, not the person behind any of this.
  const mallory = await payload.create({
    ...base,
    collection: 'contributors',
    data: { displayName: 'Mallory Other' },
  })
  await payload.create({
    ...base,
    collection: 'users',
    data: {
      email: 'mallory@test.example',
      password: 'test-password-123',
      roles: ['contributor'],
      contributor: mallory.id,
    },
  })
  malloryToken = await tokenFor(payload, 'mallory@test.example')
}, 180_000)

const expectRealCrawl = (probes: Probe[]) => {
  // A crawl that read nothing would find nothing: it must have read public work and files.
  const ok = probes.filter((p) => p.status === 200)
  expect(ok.length).toBeGreaterThan(60)
  expect(probes.some((p) => p.body.includes('An anonymous poem'))).toBe(true)
  const graphql = probes.filter((p) => p.surface.startsWith('GraphQL'))
  const answered = graphql.filter((p) => p.status === 200 && /"docs":\[\{/.test(p.body))
  expect(
    answered.length,
    graphql.map((p) => `${p.surface} ${p.status} ${p.body.slice(0, 160)}`).join('\n'),
  ).toBeGreaterThanOrEqual(3)
}

describe('the adversarial crawl finds nothing private', () => {
  it('as the public: REST at every depth, files, GraphQL with every relationship', async () => {
    const probes = await crawl(payload)
    expectRealCrawl(probes)
    expect(findLeaks(probes, secrets)).toEqual([])
  })

  it('as a different signed-in contributor, with their token', async () => {
    const probes = await crawl(payload, malloryToken)
    expectRealCrawl(probes)
    // Their own account and record are theirs to read; everybody else's values are not.
    expect(findLeaks(probes, secrets, { keys: false })).toEqual([])
  })
})

/** Runs `check` with one access rule replaced, then puts the rule back whatever happens. */
async function weakened<T extends object, K extends keyof T>(
  target: T,
  key: K,
  replacement: T[K],
  check: () => Promise<void>,
) {
  const original = target[key]
  target[key] = replacement
  try {
    await check()
  } finally {
    target[key] = original
  }
}

const anyone: Access = () => true
const anyoneField: FieldAccess = () => true
const fieldOf = (collection: string, name: string): Field & { access: Record<string, unknown> } => {
  const walk = (fields: Field[]): Field | undefined => {
    for (const f of fields) {
      if ('name' in f && f.name === name) return f
      if ('fields' in f && Array.isArray(f.fields)) {
        const inner = walk(f.fields as Field[])
        if (inner) return inner
      }
    }
  }
  const found = walk(payload.collections[collection as 'writings'].config.fields)
  if (!found) throw new Error(`no field ${collection}.${name}`)
  const withAccess = found as Field & { access?: Record<string, unknown> }
  withAccess.access ??= {}
  return withAccess as Field & { access: Record<string, unknown> }
}

describe('negative controls: each check reports its leak when the rule is weakened', () => {
  const leaksWith = async (expected: string) => {
    const leaks = findLeaks(await crawl(payload), secrets)
    expect(leaks.map((l) => l.what)).toContain(expected)
  }

  it('media readable by anyone → the unreviewed image’s description is found', async () => {
    await weakened(payload.collections.media.config.access, 'read', anyone, () =>
      leaksWith(PLANTED.submittedAlt),
    )
  })

  it('audio readable by anyone → the draft episode’s recording is found', async () => {
    await weakened(payload.collections.audio.config.access, 'read', anyone, () =>
      leaksWith(PLANTED.draftAudio),
    )
  })

  it('artworks readable by anyone → declined and withdrawn titles are found', async () => {
    await weakened(payload.collections.artworks.config.access, 'read', anyone, async () => {
      const leaks = findLeaks(await crawl(payload), secrets).map((l) => l.what)
      expect(leaks).toContain(PLANTED.declinedTitle)
      expect(leaks).toContain(PLANTED.withdrawnTitle)
    })
  })

  it('a private contributor field readable by anyone → the legal name is found', async () => {
    await weakened(fieldOf('contributors', 'legalName').access, 'read', anyoneField, () =>
      leaksWith(PRIVATE.legalName),
    )
  })

  it('the contributor link readable by anyone → its key is found', async () => {
    await weakened(fieldOf('writings', 'contributor').access, 'read', anyoneField, () =>
      leaksWith('key contributor'),
    )
  })

  it('an event’s featured contributors readable by anyone → its key is found', async () => {
    await weakened(fieldOf('events', 'featuredContributors').access, 'read', anyoneField, () =>
      leaksWith('key featuredContributors'),
    )
  })

  it('editor notes readable by anyone → the note is found', async () => {
    await weakened(fieldOf('writings', 'editorNotes').access, 'read', anyoneField, () =>
      leaksWith(PLANTED.pieceNote),
    )
  })

  it('contributors readable by anyone → the hidden writer’s name is found', async () => {
    await weakened(payload.collections.contributors.config.access, 'read', anyone, () =>
      leaksWith(PLANTED.hiddenWriter),
    )
  })

  it('the audit log readable by anyone → the takedown reason is found', async () => {
    await weakened(payload.collections['audit-log'].config.access, 'read', anyone, () =>
      leaksWith(PLANTED.takedownReason),
    )
  })
})
