// One editorial state machine (issue #20): every transition allowed and refused, through the
// Local API with each role and through REST; no path leaves a piece published in the admin and
// absent from the site; the status page and the withdrawal with a pending draft; the repair.
// (Takedown with a reason: takedown.int.spec.ts.)
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { repairContradictions, stateOf } from '@/lib/editorial/stateMachine'
import { parseSubmission } from '@/lib/submissions/schema'
import { getSubmissionStatus, withdrawSubmission } from '@/lib/submissions/status'
import { submitWork } from '@/lib/submissions/submit'
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

const { quiet, asEditor, piece, publicCount, row, latest } = writingsInStates(() => ({
  payload,
  world,
}))

describe('transitions an editor may make', () => {
  it.each([
    ['submitted', 'in_review'],
    ['submitted', 'accepted'],
    ['submitted', 'declined'],
    ['in_review', 'accepted'],
    ['in_review', 'declined'],
    ['in_review', 'submitted'],
    ['accepted', 'in_review'],
    ['accepted', 'declined'],
  ])('%s → %s', async (from, to) => {
    const doc = await piece(from)
    const saved = await payload.update({
      ...asEditor(),
      collection: 'writings',
      id: doc.id,
      data: { editorialStatus: to as 'accepted' },
    })
    expect(saved.editorialStatus).toBe(to)
  })

  it.each([
    ['declined', 'accepted', /declined; that decision is final/],
    ['declined', 'in_review', /declined; that decision is final/],
    ['withdrawn', 'submitted', /only they can send it again/],
    ['withdrawn', 'accepted', /only they can send it again/],
    ['submitted', 'withdrawn', /Only the writer can withdraw/],
  ])('refused: %s → %s', async (from, to, message) => {
    const doc = await piece(from)
    await expect(
      payload.update({
        ...asEditor(),
        collection: 'writings',
        id: doc.id,
        data: { editorialStatus: to as 'accepted' },
      }),
    ).rejects.toThrow(message)
    expect((await latest(doc.id)).editorialStatus).toBe(from)
  })
})

describe('publishing', () => {
  it.each(['submitted', 'in_review', 'declined', 'withdrawn'])(
    'a %s piece cannot be published, by any path',
    async (status) => {
      const doc = await piece(status)
      await expect(
        payload.update({
          ...asEditor(),
          collection: 'writings',
          id: doc.id,
          data: { _status: 'published' },
        }),
      ).rejects.toThrow(/Accept it first|cannot be published/)
      // Server code with every right is held to the same rule.
      await expect(
        payload.update({
          ...quiet,
          overrideAccess: true,
          collection: 'writings',
          id: doc.id,
          data: { _status: 'published' },
        }),
      ).rejects.toThrow(/Accept it first|cannot be published/)
      expect((await row(doc.id))._status).toBe('draft')
    },
  )

  it('through REST as the admin would: refused with a message the editor can act on', async () => {
    const doc = await piece('submitted')
    const res = await rest(`/api/writings/${doc.id}`, {
      method: 'PATCH',
      token: await tokenFor(payload, 'editor@test.example'),
      json: { _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(res.body).toContain('Accept it first')
    expect(await publicCount(doc.id)).toBe(0)
  })

  it("says why in the editor's admin language (Payload's language cookie)", async () => {
    const doc = await piece('declined')
    const token = await tokenFor(payload, 'editor@test.example')
    const inLanguage = (lng: string, json: unknown) =>
      rest(`/api/writings/${doc.id}`, {
        method: 'PATCH',
        token,
        json,
        headers: { Cookie: `payload-lng=${lng}` },
      })
    const zh = await inLanguage('zh', { _status: 'published' })
    expect(zh.status).toBe(400)
    expect(zh.body).toContain('未录用的作品不能发布。')
    const pt = await inLanguage('pt', { editorialStatus: 'accepted' })
    expect(pt.body).toContain('Esta obra não foi selecionada; a decisão é definitiva.')
    const fr = await inLanguage('fr', { editorialStatus: 'accepted' })
    expect(fr.body).toContain("Cette œuvre n'a pas été retenue")
    expect(await publicCount(doc.id)).toBe(0)
  })

  it('accepted, then published: public; unpublished: "taken down", still accepted', async () => {
    const doc = await piece('submitted')
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id: doc.id,
      data: { editorialStatus: 'accepted' },
    })
    expect(stateOf(await latest(doc.id))).toBe('acceptedNotPublic')
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id: doc.id,
      data: { _status: 'published' },
    })
    expect(stateOf(await row(doc.id))).toBe('public')
    expect(await publicCount(doc.id)).toBe(1)
    // A public piece stays accepted until it comes down: no "declined but public".
    await expect(
      payload.update({
        ...asEditor(),
        collection: 'writings',
        id: doc.id,
        data: { editorialStatus: 'declined' },
      }),
    ).rejects.toThrow(/Unpublish it first/)
    await expect(
      payload.update({
        ...asEditor(),
        collection: 'writings',
        id: doc.id,
        draft: true,
        data: { editorialStatus: 'declined' },
      }),
    ).rejects.toThrow(/Unpublish it first/)
    expect(await publicCount(doc.id)).toBe(1)
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id: doc.id,
      data: { _status: 'draft' },
    })
    expect(stateOf(await row(doc.id))).toBe('takenDown')
    expect(await publicCount(doc.id)).toBe(0)
  })

  it('a contributor cannot move their own piece anywhere, nor publish it', async () => {
    const doc = await piece('submitted')
    for (const data of [{ editorialStatus: 'accepted' }, { _status: 'published' }] as const) {
      await payload.update({
        ...quiet,
        user: world.users.contributor,
        overrideAccess: false,
        collection: 'writings',
        id: doc.id,
        data: data,
      })
      const after = await row(doc.id)
      expect(after.editorialStatus).toBe('submitted')
      expect(after._status).toBe('draft')
    }
  })
})

describe('the worker’s status page and withdrawal', () => {
  const submit = async (title: string) => {
    const parsed = parseSubmission({
      kind: 'writing',
      title,
      form: 'poem',
      language: 'en',
      text: 'Lines',
      credit: 'name',
      name: 'Worker Name',
      consentOnline: 'on',
      email: `${title.replace(/\W/g, '')}@example.org`,
    })
    if (!parsed.ok) throw new Error('invalid')
    const r = await submitWork(payload, parsed.input)
    if (!r.ok) throw new Error('not stored')
    return r
  }

  it('reads the editors’ pending decision (a draft version) and says it in plain words', async () => {
    const r = await submit('Pending decision')
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id: r.id,
      draft: true,
      data: { editorialStatus: 'accepted', messageToContributor: 'Lovely.' },
    })
    const status = await getSubmissionStatus(payload, r.code)
    expect(status).toMatchObject({ state: 'accepted', message: 'Lovely.', path: null })
  })

  it('a withdrawal of a piece not yet public never publishes a pending draft', async () => {
    const r = await submit('Withdraw before')
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id: r.id,
      draft: true,
      data: { editorialStatus: 'accepted' },
    })
    expect(await withdrawSubmission(payload, r.code)).toBe(true)
    expect((await row(r.id))._status).toBe('draft')
    expect((await latest(r.id)).editorialStatus).toBe('withdrawn')
    expect((await getSubmissionStatus(payload, r.code))?.state).toBe('withdrawn')
  })

  it('a withdrawal of a published piece takes it down at once, and is in the audit log', async () => {
    const r = await submit('Withdraw after')
    const id = r.id
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id,
      data: { editorialStatus: 'accepted' },
    })
    await payload.update({
      ...asEditor(),
      collection: 'writings',
      id,
      data: { _status: 'published' },
    })
    expect(await publicCount(id)).toBe(1)
    expect((await getSubmissionStatus(payload, r.code))?.state).toBe('published')
    expect(await withdrawSubmission(payload, r.code)).toBe(true)
    expect(await publicCount(id)).toBe(0)
    expect((await getSubmissionStatus(payload, r.code))?.state).toBe('withdrawn')
    const log = await payload.find({
      collection: 'audit-log',
      overrideAccess: true,
      where: {
        and: [{ collection: { equals: 'writings' } }, { documentId: { equals: String(id) } }],
      },
    })
    expect(log.docs.map((d) => d.action)).toEqual(
      expect.arrayContaining(['withdrawn', 'unpublished']),
    )
    // Withdrawn is an end for editors.
    await expect(
      payload.update({ ...asEditor(), collection: 'writings', id, data: { _status: 'published' } }),
    ).rejects.toThrow(/cannot be published/)
  })
})

describe('repairing existing contradictions', () => {
  it('unpublishes pieces published but not accepted, and reports each one', async () => {
    const doc = await piece('submitted')
    // A contradiction as old data holds it, written past the rules.
    await payload.db.updateOne({
      collection: 'writings',
      id: doc.id,
      data: { _status: 'published' },
    })
    const req = { payload } as Parameters<typeof repairContradictions>[0]
    const report = await repairContradictions(req)
    expect(report).toEqual([
      { collection: 'writings', id: doc.id, title: doc.title, was: 'submitted · published' },
    ])
    expect((await row(doc.id))._status).toBe('draft')
    expect(await repairContradictions(req)).toEqual([])
  })
})
