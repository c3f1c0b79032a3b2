import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { plainTextToLexical } from '@/lib/richText'
import { buildWorld, userFor, type World } from './fixtures'
import { bootBeforeAll } from './helpers'

let payload: Payload
let world: World

bootBeforeAll(async (booted) => {
  payload = booted
  world = await buildWorld(payload)
})

const as = (role: 'editor' | 'contributor' | 'admin') => ({
  user: userFor(world, role),
  overrideAccess: false,
  depth: 0,
})
const entriesFor = async (id: number | string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: String(id) } },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
  ).docs.map((d) => ({ action: d.action, by: d.userEmail, detail: d.detail ?? null }))

describe('trash, versions and the audit log', () => {
  let id: number

  it('records who created, published, changed the credit of and unpublished a piece', async () => {
    const editor = as('editor')
    const doc = await payload.create({
      ...editor,
      collection: 'writings',
      draft: true,
      data: {
        title: 'Audited poem',
        body: plainTextToLexical('Lines.'),
        form: 'poem',
        language: 'en',
        contributor: world.alice.id,
        credit: 'name',
        consents: { publishOnline: true, source: 'paperForm' },
        editorialStatus: 'accepted',
        _status: 'draft',
      },
    })
    id = doc.id
    await payload.update({ ...editor, collection: 'writings', id, data: { _status: 'published' } })
    await payload.update({
      ...editor,
      collection: 'writings',
      id,
      data: { title: 'Audited poem, revised' }, // an ordinary edit: not logged
    })
    await payload.update({ ...editor, collection: 'writings', id, data: { credit: 'anonymous' } })
    await payload.update({ ...editor, collection: 'writings', id, data: { _status: 'draft' } })
    expect(await entriesFor(id)).toEqual([
      { action: 'created', by: 'editor@test.example', detail: null },
      { action: 'published', by: 'editor@test.example', detail: null },
      { action: 'creditChanged', by: 'editor@test.example', detail: 'name → anonymous' },
      { action: 'unpublished', by: 'editor@test.example', detail: null },
    ])
  })

  it('moves a deleted piece to a trash it can be restored from', async () => {
    const editor = as('editor')
    await payload.update({ ...editor, collection: 'writings', id, data: { _status: 'published' } })
    // Trashing is what the admin's Delete does: it stamps deletedAt.
    await payload.update({
      ...editor,
      collection: 'writings',
      id,
      data: { deletedAt: new Date().toISOString() },
    })
    // Gone for the public and from ordinary lists; still there for editors, in the trash.
    const publicFind = await payload.find({
      collection: 'writings',
      where: { id: { equals: id } },
      overrideAccess: false,
    })
    expect(publicFind.totalDocs).toBe(0)
    const trashed = await payload.find({
      ...editor,
      collection: 'writings',
      trash: true,
      where: { and: [{ id: { equals: id } }, { deletedAt: { exists: true } }] },
    })
    expect(trashed.docs.map((d) => d.title)).toEqual(['Audited poem, revised'])

    await payload.update({
      ...editor,
      collection: 'writings',
      id,
      trash: true,
      data: { deletedAt: null },
    })
    const back = await payload.findByID({ collection: 'writings', id, overrideAccess: false })
    expect(back.title).toBe('Audited poem, revised')
    const actions = (await entriesFor(id)).map((e) => e.action)
    expect(actions.slice(-3)).toEqual(['published', 'trashed', 'restored'])
  })

  it('records a deletion for good, from the trash', async () => {
    const editor = as('editor')
    await payload.update({
      ...editor,
      collection: 'writings',
      id,
      data: { deletedAt: new Date().toISOString() },
    })
    await payload.delete({ ...editor, collection: 'writings', id, trash: true })
    expect((await entriesFor(id)).map((e) => e.action).slice(-2)).toEqual(['trashed', 'deleted'])
  })

  it('lets editors read the log, and nobody write, change or delete it', async () => {
    const [entry] = (
      await payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true, depth: 0 })
    ).docs
    const read = await payload.find({ ...as('editor'), collection: 'audit-log', limit: 1 })
    expect(read.totalDocs).toBeGreaterThan(0)
    await expect(
      payload.find({ ...as('contributor'), collection: 'audit-log', limit: 1 }),
    ).rejects.toThrow()
    await expect(
      payload.find({ collection: 'audit-log', limit: 1, overrideAccess: false }),
    ).rejects.toThrow()
    for (const role of ['editor', 'admin'] as const) {
      await expect(
        payload.create({
          ...as(role),
          collection: 'audit-log',
          data: { action: 'deleted', collection: 'writings', title: 'forged' },
        }),
      ).rejects.toThrow()
      await expect(
        payload.update({
          ...as(role),
          collection: 'audit-log',
          id: entry.id,
          data: { title: 'rewritten' },
        }),
      ).rejects.toThrow()
      await expect(
        payload.delete({ ...as(role), collection: 'audit-log', id: entry.id }),
      ).rejects.toThrow()
    }
  })

  it('keeps a bounded history of a contributor, for editors only', async () => {
    for (let i = 0; i < 30; i++) {
      await payload.update({
        collection: 'contributors',
        id: world.alice.id,
        data: { bio: `Bio number ${i}` },
        overrideAccess: true,
        depth: 0,
      })
    }
    const versions = await payload.findVersions({
      collection: 'contributors',
      where: { parent: { equals: world.alice.id } },
      overrideAccess: true,
      limit: 100,
    })
    expect(versions.totalDocs).toBe(25)
    await expect(
      payload.findVersions({ collection: 'contributors', overrideAccess: false }),
    ).rejects.toThrow()
  })
})
