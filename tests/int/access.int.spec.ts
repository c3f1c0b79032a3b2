import type { CollectionSlug, Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { bootBeforeAll } from './helpers'
import {
  buildWorld,
  file,
  pngBytes,
  sampleData,
  userFor,
  type Role,
  type Sampled,
  type World,
} from './fixtures'
import { makeWav } from '@/seed/generate'

let payload: Payload
let world: World

bootBeforeAll(async (booted) => {
  payload = booted
  world = await buildWorld(payload)
})

/** Local API options of a signed-in role, with its access rules applied. */
const as = (role: Exclude<Role, 'public'>) =>
  ({ user: world.users[role], overrideAccess: false, depth: 0 }) as const

type Op = 'create' | 'update' | 'delete'
const roles: Role[] = ['public', 'contributor', 'editor', 'admin']
const editorial = { public: false, contributor: false, editor: true, admin: true }

/** Who may create / update / delete a document they did not make (contributor: not their own). */
const matrix: Record<Sampled, Record<Op, Record<Role, boolean>>> = {
  writings: {
    create: { public: false, contributor: true, editor: true, admin: true },
    update: editorial,
    delete: editorial,
  },
  artworks: {
    create: { public: false, contributor: true, editor: true, admin: true },
    update: editorial,
    delete: editorial,
  },
  contributors: { create: editorial, update: editorial, delete: editorial },
  episodes: { create: editorial, update: editorial, delete: editorial },
  guests: { create: editorial, update: editorial, delete: editorial },
  interviews: { create: editorial, update: editorial, delete: editorial },
  events: { create: editorial, update: editorial, delete: editorial },
  compilations: { create: editorial, update: editorial, delete: editorial },
  exhibitions: { create: editorial, update: editorial, delete: editorial },
  topics: { create: editorial, update: editorial, delete: editorial },
  media: {
    create: { public: false, contributor: true, editor: true, admin: true },
    update: editorial,
    delete: editorial,
  },
  audio: { create: editorial, update: editorial, delete: editorial },
  users: {
    create: { public: false, contributor: false, editor: false, admin: true },
    update: { public: false, contributor: false, editor: false, admin: true },
    delete: { public: false, contributor: false, editor: false, admin: true },
  },
}

const uploads: Partial<Record<CollectionSlug, () => Promise<ReturnType<typeof file>>>> = {
  media: async () => file('x.png', await pngBytes(), 'image/png'),
  audio: async () => file('x.wav', makeWav(1, 330), 'audio/wav'),
}

/**
 * Makes a target document as an admin would (published where drafts apply; a submitted piece,
 * owned by Bob, is a draft: a submitted piece cannot be published), owned by Bob.
 */
async function makeTarget(collection: Sampled) {
  const data = sampleData(world, collection)
  const work = collection === 'writings' || collection === 'artworks'
  if (work) Object.assign(data, { contributor: world.bob.id, editorialStatus: 'submitted' })
  const f = uploads[collection]
  return payload.create({
    collection,
    data: { ...data, _status: work ? 'draft' : 'published' },
    overrideAccess: true,
    depth: 0,
    context: { disableRevalidate: true },
    ...(f ? { file: await f() } : {}),
  })
}

async function allowed(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run()
    return true
  } catch (err) {
    const name = (err as Error).name
    if (name === 'Forbidden' || (err as { status?: number }).status === 403) return false
    throw err
  }
}

describe('access matrix: create, update, delete for every collection and role', () => {
  for (const [collection, ops] of Object.entries(matrix) as [Sampled, (typeof matrix)[Sampled]][]) {
    for (const role of roles) {
      it(`${collection} × ${role}`, async () => {
        const user = userFor(world, role)
        const f = uploads[collection]
        const created = await allowed(async () => {
          const data = sampleData(world, collection)
          await payload.create({
            collection,
            data,
            user,
            overrideAccess: false,
            depth: 0,
            context: { disableRevalidate: true },
            ...(f ? { file: await f() } : {}),
          })
        })
        expect(created, 'create').toBe(ops.create[role])

        const target = await makeTarget(collection)
        const updated = await allowed(() =>
          payload.update({
            collection,
            id: target.id,
            data: {},
            user,
            overrideAccess: false,
            depth: 0,
            context: { disableRevalidate: true },
          }),
        )
        expect(updated, 'update').toBe(ops.update[role])
        const deleted = await allowed(() =>
          payload.delete({
            collection,
            id: target.id,
            user,
            overrideAccess: false,
            depth: 0,
            context: { disableRevalidate: true },
          }),
        )
        expect(deleted, 'delete').toBe(ops.delete[role])
      })
    }
  }
})

describe('read access', () => {
  const titlesFor = async (role: Role) => {
    const { docs } = await payload.find({
      collection: 'writings',
      user: userFor(world, role),
      overrideAccess: false,
      depth: 0,
      limit: 100,
      where: { title: { not_like: 'New ' } },
    })
    return docs.map((d) => d.title).sort()
  }

  it('the public reads only published, accepted writing', async () => {
    expect(await titlesFor('public')).toEqual([
      'Alice published',
      'Bob anonymous',
      'Bob pen name',
      'Bob published',
    ])
  })

  it('a contributor also reads their own unpublished pieces, and nobody else’s', async () => {
    const titles = await titlesFor('contributor')
    expect(titles).toContain('Alice submitted')
    expect(titles).not.toContain('Bob submitted')
  })

  it('editors and admins read everything', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const titles = await titlesFor(role)
      expect(titles).toEqual(
        expect.arrayContaining(['Alice submitted', 'Bob submitted', 'Bob published']),
      )
    }
  })

  it('draft-enabled collections hide drafts from the public', async () => {
    const draft = await payload.create({
      collection: 'episodes',
      data: { ...sampleData(world, 'episodes'), _status: 'draft' },
      overrideAccess: true,
      depth: 0,
      draft: true,
      context: { disableRevalidate: true },
    })
    const asPublic = await payload.find({
      collection: 'episodes',
      overrideAccess: false,
      depth: 0,
      where: { id: { equals: draft.id } },
    })
    expect(asPublic.totalDocs).toBe(0)
    const asEditor = await payload.find({
      collection: 'episodes',
      ...as('editor'),
      draft: true,
      where: { id: { equals: draft.id } },
    })
    expect(asEditor.totalDocs).toBe(1)
  })

  it('versions are for editors only', async () => {
    await expect(
      payload.findVersions({ collection: 'writings', overrideAccess: false, depth: 0 }),
    ).rejects.toThrow()
    await expect(
      payload.findVersions({
        collection: 'writings',
        ...as('contributor'),
      }),
    ).rejects.toThrow()
    const versions = await payload.findVersions({
      collection: 'writings',
      ...as('editor'),
    })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })

  it('the public reads only contributors with a public profile', async () => {
    const { docs } = await payload.find({
      collection: 'contributors',
      overrideAccess: false,
      depth: 0,
      limit: 100,
    })
    const names = docs.map((d) => d.displayName)
    expect(names).toContain('Alice Worker')
    expect(names).not.toContain('Bob Hidden')
  })

  it('accounts: nobody but editors and admins lists them; the public not at all', async () => {
    await expect(
      payload.find({ collection: 'users', overrideAccess: false, depth: 0 }),
    ).rejects.toThrow()
    const own = await payload.find({
      collection: 'users',
      ...as('contributor'),
    })
    expect(own.docs.map((u) => u.email)).toEqual(['contributor@test.example'])
    const all = await payload.find({
      collection: 'users',
      ...as('editor'),
    })
    expect(all.totalDocs).toBeGreaterThanOrEqual(3)
  })
})

describe('contributor rules', () => {
  const asContributor = () => ({ ...as('contributor'), context: { disableRevalidate: true } })

  it('a contributor’s piece is credited to their own record and stays an unpublished submission, whatever they send', async () => {
    const doc = await payload.create({
      collection: 'writings',
      ...asContributor(),
      data: {
        ...sampleData(world, 'writings'),
        contributor: world.bob.id,
        _status: 'published',
        editorialStatus: 'accepted',
      },
    })
    const stored = await payload.findByID({
      collection: 'writings',
      id: doc.id,
      overrideAccess: true,
      depth: 0,
      draft: true,
    })
    expect(stored.contributor).toBe(world.alice.id)
    expect(stored._status).toBe('draft')
    expect(stored.editorialStatus).toBe('submitted')
  })

  it('a contributor edits their own piece until it is accepted, never publishes it, and never edits others’', async () => {
    const own = world.works.aliceSubmitted
    const edited = await payload.update({
      collection: 'writings',
      id: own.id,
      ...asContributor(),
      data: { title: 'Alice revised', _status: 'published' },
    })
    expect(edited.title).toBe('Alice revised')
    const stored = await payload.findByID({
      collection: 'writings',
      id: own.id,
      overrideAccess: true,
      depth: 0,
      draft: true,
    })
    expect(stored._status).toBe('draft')
    expect(
      await allowed(() =>
        payload.update({
          collection: 'writings',
          id: world.works.alicePublished.id,
          ...asContributor(),
          data: { title: 'x' },
        }),
      ),
    ).toBe(false)
    expect(
      await allowed(() =>
        payload.update({
          collection: 'writings',
          id: world.works.bobSubmitted.id,
          ...asContributor(),
          data: { title: 'x' },
        }),
      ),
    ).toBe(false)
  })

  it('only admins change roles, their own included', async () => {
    const self = await payload.update({
      collection: 'users',
      id: world.users.contributor.id,
      ...asContributor(),
      data: { roles: ['admin'] },
    })
    expect(self.roles).toEqual(['contributor'])
    const edited = await payload.update({
      collection: 'users',
      id: world.users.contributor.id,
      ...as('admin'),
      data: { roles: ['contributor', 'editor'] },
    })
    expect(edited.roles).toEqual(['contributor', 'editor'])
    await payload.update({
      collection: 'users',
      id: world.users.contributor.id,
      overrideAccess: true,
      depth: 0,
      data: { roles: ['contributor'] },
    })
  })
})

describe('sign-in', () => {
  // Finding 11 of #15: five wrong passwords used to lock the account for everyone, so anyone who
  // knew an editor's email could keep them out. Now the address the guesses come from is blocked.
  it('blocks the address that keeps guessing, never the rightful user elsewhere', async () => {
    const { rest } = await import('./http')
    const { LOGIN_LIMITS, resetLoginThrottle } = await import('@/lib/security/loginThrottle')
    await resetLoginThrottle()
    const email = 'lockme@test.example'
    await payload.create({
      collection: 'users',
      data: { email, password: 'right-password-123', roles: ['contributor'] },
      overrideAccess: true,
      depth: 0,
    })
    const login = (password: string, address: string) =>
      rest('/api/users/login', {
        method: 'POST',
        json: { email, password },
        headers: { 'x-vv-client-address': address },
      })
    for (let i = 0; i < LOGIN_LIMITS.failures; i++)
      expect((await login('wrong-password-000', '203.0.113.66')).status).toBe(401)
    const blocked = await login('right-password-123', '203.0.113.66')
    expect(blocked.status).toBe(429)
    expect(JSON.parse(blocked.body).errors[0].message).toMatch(/too many sign-in attempts/i)
    // The rightful user, from their own network, signs in at once: the account is not locked.
    expect((await login('right-password-123', '198.51.100.20')).status).toBe(200)
    // A successful sign-in is not counted against its address.
    for (let i = 0; i < LOGIN_LIMITS.failures + 2; i++)
      expect((await login('right-password-123', '198.51.100.21')).status).toBe(200)
    await resetLoginThrottle()
  })

  it('refuses a password shorter than 12 characters, saying so', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'short@test.example', password: 'short-pass1', roles: ['contributor'] },
        overrideAccess: true,
        depth: 0,
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'password', message: expect.stringMatching(/at least 12/) }] },
    })
  })
})
