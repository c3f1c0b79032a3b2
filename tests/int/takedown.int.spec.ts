// Taking a piece down, with the reason the worker is told: unpublished, or kept up with the name
// gone, in one step; editors only (the rest of the state machine: state-machine.int.spec.ts).
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { stateOf } from '@/lib/editorial/stateMachine'
import { takedown } from '@/lib/editorial/takedown'
import { buildWorld, type World } from './fixtures'
import { bootBeforeAll } from './helpers'
import { rest, tokenFor } from './http'
import { writingsInStates } from './pieces'

let payload: Payload
let world: World
bootBeforeAll(async (booted) => {
  payload = booted
  world = await buildWorld(payload)
})

const { asEditor, piece, publicCount, row, latest } = writingsInStates(() => ({
  payload,
  world,
}))

describe('takedown with a reason', () => {
  const publicPiece = async () => {
    const doc = await piece('accepted')
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id: doc.id,
      data: { _status: 'published' },
    })
    return doc.id
  }
  const publicRow = async (id: number) =>
    (
      await payload.find({
        collection: 'writings',
        overrideAccess: false,
        where: { id: { equals: id } },
        depth: 0,
      })
    ).docs[0]

  it('needs a reason, keeps it in the audit log only, and is refused on a piece not public', async () => {
    const id = await publicPiece()
    await expect(
      takedown(payload, 'writings', id, 'unpublish', world.users.editor, '  '),
    ).rejects.toThrow(/reason/)
    expect(await publicCount(id)).toBe(1)
    await takedown(
      payload,
      'writings',
      id,
      'unpublish',
      world.users.editor,
      'Asked by the union rep',
    )
    expect(await publicCount(id)).toBe(0)
    expect(stateOf(await row(id))).toBe('takenDown')
    const log = await payload.find({
      collection: 'audit-log',
      overrideAccess: true,
      where: { and: [{ documentId: { equals: String(id) } }, { action: { equals: 'takenDown' } }] },
    })
    expect(log.docs[0]?.detail).toBe('unpublished: Asked by the union rep')
    await expect(
      takedown(payload, 'writings', id, 'unpublish', world.users.editor, 'again'),
    ).rejects.toThrow(/not on the public site/)
    // The reason is for editors: the audit log is closed to contributors and the public.
    const asContributor = await rest('/api/audit-log?limit=100', {
      token: await tokenFor(payload, world.users.contributor.email),
    })
    expect(asContributor.body).not.toContain('Asked by the union rep')
    expect((await rest('/api/audit-log?limit=100')).body).not.toContain('Asked by the union rep')
  })

  it('through REST: editors only, a reason required', async () => {
    const id = await publicPiece()
    const contributor = await rest(`/api/writings/${id}/takedown`, {
      method: 'POST',
      token: await tokenFor(payload, world.users.contributor.email),
      json: { action: 'unpublish', reason: 'mine' },
    })
    expect(contributor.status).toBe(403)
    const editorToken = await tokenFor(payload, world.users.editor.email)
    const noReason = await rest(`/api/writings/${id}/takedown`, {
      method: 'POST',
      token: editorToken,
      json: { action: 'unpublish' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body).toContain('Say why')
    expect(await publicCount(id)).toBe(1)
    const ok = await rest(`/api/writings/${id}/takedown`, {
      method: 'POST',
      token: editorToken,
      json: { action: 'unpublish', reason: 'Worker asked' },
    })
    expect(ok.status).toBe(200)
    expect(await publicCount(id)).toBe(0)
  })

  it('anonymising a piece with a pending draft keeps the public copy as it was, minus the name, and the draft as a draft', async () => {
    const id = await publicPiece()
    const publishedTitle = (await row(id)).title
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id,
      draft: true,
      data: { title: 'Pending new title' },
    })
    expect((await publicRow(id)).title).toBe(publishedTitle)
    await takedown(payload, 'writings', id, 'anonymize', world.users.editor, 'Safety at work')
    const seen = await publicRow(id)
    expect(seen.title).toBe(publishedTitle)
    expect(seen.credit).toBe('anonymous')
    expect(seen.byline).toBe('')
    const draft = await latest(id)
    expect(draft._status).toBe('draft')
    expect(draft.title).toBe('Pending new title')
    expect(draft.credit).toBe('anonymous')
    expect(stateOf(await row(id))).toBe('public')
  })

  it('unpublishing a piece with a pending draft publishes nothing of the draft', async () => {
    const id = await publicPiece()
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id,
      draft: true,
      data: { title: 'Never public' },
    })
    await takedown(payload, 'writings', id, 'unpublish', world.users.editor, 'Consent withdrawn')
    expect(await publicCount(id)).toBe(0)
    const search = await payload.find({
      collection: 'writings',
      overrideAccess: false,
      where: { title: { equals: 'Never public' } },
    })
    expect(search.totalDocs).toBe(0)
  })
})
