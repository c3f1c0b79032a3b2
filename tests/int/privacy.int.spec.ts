import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { bootBeforeAll } from './helpers'
import { buildWorld, PRIVATE, type World } from './fixtures'

let payload: Payload
let world: World

bootBeforeAll(async (booted) => {
  payload = booted
  world = await buildWorld(payload)
  // An event that features both contributors and their work: a deep populated path.
  await payload.create({
    collection: 'events',
    overrideAccess: true,
    depth: 0,
    context: { disableRevalidate: true },
    data: {
      title: 'Reading',
      kind: 'reading',
      start: new Date().toISOString(),
      venue: 'Hall',
      featuredContributors: [world.alice.id, world.bob.id],
      works: [
        { relationTo: 'writings', value: world.works.bobAnonymous.id },
        { relationTo: 'writings', value: world.works.bobPenName.id },
      ],
    },
  })
})

const privateValues = [...Object.values(PRIVATE), 'bob.private@example.org', 'Robert Legalname']
const expectNoPrivate = (value: unknown) => {
  const text = JSON.stringify(value)
  for (const secret of privateValues) expect(text).not.toContain(secret)
}

describe('private contributor data', () => {
  it('is absent from public reads of contributors', async () => {
    const { docs } = await payload.find({
      collection: 'contributors',
      overrideAccess: false,
      depth: 2,
    })
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) {
      for (const field of [
        'legalName',
        'email',
        'phone',
        'phoneDigits',
        'workplace',
        'union',
        'editorNotes',
        'account',
      ])
        expect(doc).not.toHaveProperty(field)
    }
    expectNoPrivate(docs)
  })

  it('is absent through populated relationships at any depth', async () => {
    for (const depth of [1, 2, 3]) {
      expectNoPrivate(await payload.find({ collection: 'writings', overrideAccess: false, depth }))
      expectNoPrivate(await payload.find({ collection: 'events', overrideAccess: false, depth }))
    }
  })

  it('is readable by editors, and by the person themselves only', async () => {
    const asEditor = await payload.findByID({
      collection: 'contributors',
      id: world.bob.id,
      user: world.users.editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(asEditor.legalName).toBe('Robert Legalname')
    const self = await payload.findByID({
      collection: 'contributors',
      id: world.alice.id,
      user: world.users.contributor,
      overrideAccess: false,
      depth: 0,
    })
    expect(self.email).toBe(PRIVATE.email)
  })

  it('a contributor cannot read another contributor’s private fields', async () => {
    const other = await payload.create({
      collection: 'contributors',
      overrideAccess: true,
      depth: 0,
      data: { displayName: 'Carol Public', publicProfile: true, email: 'carol.secret@example.org' },
    })
    const seen = await payload.findByID({
      collection: 'contributors',
      id: other.id,
      user: world.users.contributor,
      overrideAccess: false,
      depth: 0,
    })
    expect(seen.displayName).toBe('Carol Public')
    expect(seen).not.toHaveProperty('email')
  })
})

describe('credit choices', () => {
  it('anonymous and pen-name pieces never reveal their contributor to the public', async () => {
    for (const depth of [0, 1, 2]) {
      const anon = await payload.findByID({
        collection: 'writings',
        id: world.works.bobAnonymous.id,
        overrideAccess: false,
        depth,
      })
      expect(anon).not.toHaveProperty('contributor')
      expect(anon.byline).toBe('')
      const pen = await payload.findByID({
        collection: 'writings',
        id: world.works.bobPenName.id,
        overrideAccess: false,
        depth,
      })
      expect(pen).not.toHaveProperty('contributor')
      expect(pen.byline).toBe('Night Owl')
      expect(JSON.stringify([anon, pen])).not.toContain('Bob Hidden')
    }
    const viaEvent = await payload.find({ collection: 'events', overrideAccess: false, depth: 2 })
    const works = JSON.stringify(viaEvent.docs[0].works)
    expect(works).toContain('Bob anonymous')
    expect(works).not.toContain('Bob Hidden')
  })

  it('a name credit shows the display name as byline, and follows a rename', async () => {
    const named = await payload.findByID({
      collection: 'writings',
      id: world.works.bobPublished.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(named.byline).toBe('Bob Hidden')
    await payload.update({
      collection: 'contributors',
      id: world.bob.id,
      overrideAccess: true,
      depth: 0,
      data: { displayName: 'Bobby Shown' },
      context: { disableRevalidate: true },
    })
    const renamed = await payload.findByID({
      collection: 'writings',
      id: world.works.bobPublished.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(renamed.byline).toBe('Bobby Shown')
    const anon = await payload.findByID({
      collection: 'writings',
      id: world.works.bobAnonymous.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(anon.byline).toBe('')
  })

  it('the public cannot query pieces by contributor (that would unmask anonymous work)', async () => {
    await expect(
      payload.find({
        collection: 'writings',
        overrideAccess: false,
        depth: 0,
        where: { contributor: { equals: world.bob.id } },
      }),
    ).rejects.toThrow()
  })

  it('a contributor sees their own link and consents; the public sees neither on anonymous work', async () => {
    const own = await payload.findByID({
      collection: 'writings',
      id: world.works.aliceSubmitted.id,
      user: world.users.contributor,
      overrideAccess: false,
      depth: 0,
      draft: true,
    })
    expect(own.contributor).toBe(world.alice.id)
    expect(own.consents).toBeDefined()
    const pub = await payload.findByID({
      collection: 'writings',
      id: world.works.bobAnonymous.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(pub).not.toHaveProperty('consents')
  })

  it('editorial fields stay with editors: notes and the receipt hash never reach the public', async () => {
    await payload.update({
      collection: 'writings',
      id: world.works.bobPublished.id,
      overrideAccess: true,
      depth: 0,
      context: { disableRevalidate: true },
      data: {
        editorNotes: 'Editor-only note xyzzy',
        messageToContributor: 'Thanks Bob',
        receiptHash: 'f'.repeat(64),
      },
    })
    const pub = await payload.findByID({
      collection: 'writings',
      id: world.works.bobPublished.id,
      overrideAccess: false,
      depth: 0,
    })
    for (const field of ['editorNotes', 'messageToContributor', 'receiptHash'])
      expect(pub).not.toHaveProperty(field)
    const editor = await payload.findByID({
      collection: 'writings',
      id: world.works.bobPublished.id,
      overrideAccess: false,
      user: world.users.editor,
      depth: 0,
    })
    expect(editor.editorNotes).toBe('Editor-only note xyzzy')
    expect(editor).not.toHaveProperty('receiptHash')
    await expect(
      payload.find({
        collection: 'writings',
        overrideAccess: false,
        depth: 0,
        where: { receiptHash: { equals: 'f'.repeat(64) } },
      }),
    ).rejects.toThrow()
  })
})
