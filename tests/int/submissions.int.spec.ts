import { readdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { relId } from '@/lib/relations'
import { checkImages } from '@/lib/submissions/files'
import { SUBMISSION_LIMITS } from '@/lib/submissions/limits'
import { resetSubmissionSlots, takeSubmissionSlot } from '@/lib/submissions/rateLimit'
import { getSubmissionStatus, withdrawSubmission } from '@/lib/submissions/status'
import { submitWork } from '@/lib/submissions/submit'
import { bootBeforeAll, failWrites } from './helpers'
import { asFile, jpeg, poem, valid } from './submissionInput'

let payload: Payload
bootBeforeAll((booted) => {
  payload = booted
})

const mediaFiles = () => {
  try {
    return readdirSync(path.join(process.env.MEDIA_DIR!, 'images'))
  } catch {
    return []
  }
}

describe('storing a submission', () => {
  it('makes a draft with status submitted, linked to a new private contributor', async () => {
    const result = await submitWork(payload, valid(poem()))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.code).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const doc = await payload.findByID({
      collection: 'writings',
      id: result.id,
      depth: 1,
      overrideAccess: true,
      draft: true,
    })
    expect(doc._status).toBe('draft')
    expect(doc.editorialStatus).toBe('submitted')
    expect(doc.byline).toBe('La Cocinera')
    const contributor = doc.contributor as {
      email: string
      workplace: string
      publicProfile: boolean
    }
    expect(contributor.email).toBe('worker.one@example.org')
    expect(contributor.workplace).toBe('Dining Hall Q')
    expect(contributor.publicProfile).toBe(false)
    // Not visible to the public.
    const pub = await payload.find({
      collection: 'writings',
      overrideAccess: false,
      where: { id: { equals: result.id } },
    })
    expect(pub.totalDocs).toBe(0)
  })

  // Finding 6 of #15: a form proves nothing about who sent it. A submission with someone else's
  // email used to attach itself to their record (and fill in its phone and workplace).
  it('never attaches to an existing record: a new one names it as a suggested match', async () => {
    const existing = await payload.create({
      collection: 'contributors',
      overrideAccess: true,
      data: { displayName: 'Rosa Existing', email: 'rosa@example.org', phone: '+1 (617) 555-0101' },
    })
    const byEmail = await submitWork(payload, valid(poem({ email: '  ROSA@Example.ORG ' })))
    const byPhone = await submitWork(payload, valid(poem({ email: '', phone: '617.555.0101' })))
    for (const r of [byEmail, byPhone]) {
      expect(r.ok).toBe(true)
      if (!r.ok) continue
      const doc = await payload.findByID({
        collection: 'writings',
        id: r.id,
        depth: 0,
        overrideAccess: true,
        draft: true,
      })
      expect(doc.contributor).not.toBe(existing.id)
      const made = await payload.findByID({
        collection: 'contributors',
        id: relId(doc.contributor)!,
        overrideAccess: true,
        depth: 0,
      })
      expect(made.suggestedMatch).toBe(existing.id)
    }
    const again = await payload.findByID({
      collection: 'contributors',
      id: existing.id,
      overrideAccess: true,
    })
    expect(again.displayName).toBe('Rosa Existing')
    expect(again.workplace ?? null).toBeNull()
  })

  it('an editor merges a suggested match; nobody else can', async () => {
    const existing = await payload.create({
      collection: 'contributors',
      overrideAccess: true,
      data: { displayName: 'Merge Target', email: 'merge.me@example.org' },
    })
    const r = await submitWork(payload, valid(poem({ email: 'merge.me@example.org' })))
    if (!r.ok) throw new Error('not stored')
    const piece = () =>
      payload.findByID({
        collection: 'writings',
        id: r.id,
        depth: 0,
        overrideAccess: true,
        draft: true,
      })
    const newRecord = relId((await piece()).contributor)!
    const { rest, tokenFor } = await import('./http')
    for (const [email, roles] of [
      ['merge.editor@test.example', ['editor']],
      ['merge.contributor@test.example', ['contributor']],
    ] as const)
      await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email, password: 'test-password-123', roles: [...roles] },
      })
    const refused = await rest(`/api/contributors/${newRecord}/merge`, {
      method: 'POST',
      token: await tokenFor(payload, 'merge.contributor@test.example'),
    })
    expect(refused.status).toBe(403)
    expect((await piece()).contributor).toBe(newRecord)
    const merged = await rest(`/api/contributors/${newRecord}/merge`, {
      method: 'POST',
      token: await tokenFor(payload, 'merge.editor@test.example'),
    })
    expect(merged.status).toBe(200)
    const after = await piece()
    expect(after.contributor).toBe(existing.id)
    expect(after._status).toBe('draft')
    expect(after.editorialStatus).toBe('submitted')
    const target = await payload.findByID({
      collection: 'contributors',
      id: existing.id,
      overrideAccess: true,
    })
    expect(target.workplace).toBe('Dining Hall Q')
    expect(
      (await payload.count({ collection: 'contributors', where: { id: { equals: newRecord } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('stores an artwork with its images, and leaves nothing behind when a step fails', async () => {
    const art = valid({
      ...poem(),
      kind: 'artwork',
      medium: 'Pastel',
      year: '2025',
      statement: 'About it',
      imageDescription: 'Blue field',
    })
    const images = await checkImages([asFile('a.jpg', await jpeg()), asFile('b.jpg', await jpeg())])
    if (!images.ok) throw new Error('images')
    const stored = await submitWork(payload, art, images.uploads)
    expect(stored.ok).toBe(true)
    if (stored.ok) {
      const doc = await payload.findByID({
        collection: 'artworks',
        id: stored.id,
        depth: 1,
        overrideAccess: true,
        draft: true,
      })
      expect(doc.images).toHaveLength(2)
      expect((doc.images![0] as { alt: string }).alt).toBe('Blue field (1/2)')
    }

    const contributorsBefore = (
      await payload.count({ collection: 'contributors', overrideAccess: true })
    ).totalDocs
    const mediaBefore = (await payload.count({ collection: 'media', overrideAccess: true }))
      .totalDocs
    const filesBefore = mediaFiles().length
    // The database fails on the last step (the piece itself), after contributor and images.
    const spy = failWrites(payload, 'create', 'artworks', new Error('disk full'))
    const failed = await submitWork(
      payload,
      { ...art, email: 'new.person@example.org' },
      images.uploads,
    )
    spy.mockRestore()
    expect(failed).toEqual({ ok: false, error: 'tryAgain' })
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(
      mediaBefore,
    )
    expect(
      (await payload.count({ collection: 'contributors', overrideAccess: true })).totalDocs,
    ).toBe(contributorsBefore)
    expect(mediaFiles().length).toBe(filesBefore)
  })

  it('keeps script in text as text', async () => {
    const r = await submitWork(
      payload,
      valid(poem({ title: '<script>alert(1)</script>', text: '<img src=x onerror=alert(1)>' })),
    )
    if (!r.ok) throw new Error('not stored')
    const doc = await payload.findByID({
      collection: 'writings',
      id: r.id,
      depth: 0,
      overrideAccess: true,
      draft: true,
    })
    expect(doc.title).toBe('<script>alert(1)</script>')
    expect(JSON.stringify(doc.body)).toContain('"text":"<img src=x onerror=alert(1)>"')
  })
})

describe('following a submission with its receipt code', () => {
  it('shows plain states, then withdraws before publication', async () => {
    const r = await submitWork(payload, valid(poem({ title: 'To follow' })))
    if (!r.ok) throw new Error('not stored')
    expect((await getSubmissionStatus(payload, r.code))?.state).toBe('received')
    await payload.update({
      collection: 'writings',
      id: r.id,
      overrideAccess: true,
      data: { editorialStatus: 'in_review' },
    })
    const status = await getSubmissionStatus(payload, r.code)
    expect(status).toMatchObject({
      state: 'in_review',
      title: 'To follow',
      canWithdraw: true,
      path: null,
    })
    expect(JSON.stringify(status)).not.toContain('Dining Hall Q')
    expect(JSON.stringify(status)).not.toContain('worker.one@example.org')
    expect(await withdrawSubmission(payload, r.code)).toBe(true)
    expect((await getSubmissionStatus(payload, r.code))?.state).toBe('withdrawn')
    expect(await withdrawSubmission(payload, r.code)).toBe(false)
  })

  // #20: a published piece can be withdrawn by its worker; it comes off the site at once.
  it('links to the piece once published; withdrawn, it comes off the site', async () => {
    const r = await submitWork(payload, valid(poem({ title: 'Soon public' })))
    if (!r.ok) throw new Error('not stored')
    await payload.update({
      collection: 'writings',
      id: r.id,
      overrideAccess: true,
      data: {
        editorialStatus: 'accepted',
        _status: 'published',
        messageToContributor: 'Thank you!',
      },
    })
    const status = await getSubmissionStatus(payload, r.code)
    expect(status?.state).toBe('published')
    expect(status?.path).toMatch(/^\/writing\/soon-public/)
    expect(status?.message).toBe('Thank you!')
    expect(await withdrawSubmission(payload, r.code)).toBe(true)
    expect((await getSubmissionStatus(payload, r.code))?.state).toBe('withdrawn')
    const pub = await payload.count({
      collection: 'writings',
      overrideAccess: false,
      where: { id: { equals: r.id } },
    })
    expect(pub.totalDocs).toBe(0)
  })

  it('knows nothing of unknown or malformed codes', async () => {
    expect(await getSubmissionStatus(payload, 'A'.repeat(32))).toBeNull()
    expect(await getSubmissionStatus(payload, '../../etc/passwd')).toBeNull()
  })
})

describe('consent', () => {
  it('refuses to publish a piece without consent to online publication', async () => {
    const r = await submitWork(payload, valid(poem({ consentOnline: '', consentPrint: 'on' })))
    if (!r.ok) throw new Error('not stored')
    await expect(
      payload.update({
        collection: 'writings',
        id: r.id,
        overrideAccess: true,
        data: { editorialStatus: 'accepted', _status: 'published' },
      }),
    ).rejects.toThrow(/consent/i)
    const doc = await payload.findByID({
      collection: 'writings',
      id: r.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(doc._status).toBe('draft')
  })
})

describe('rate limit', () => {
  it('lets five submissions from one address through in ten minutes, then asks to wait', async () => {
    await resetSubmissionSlots()
    const t = 1_000_000
    for (let i = 0; i < SUBMISSION_LIMITS.perAddress; i++)
      expect((await takeSubmissionSlot('203.0.113.9', t + i)).ok).toBe(true)
    const refused = await takeSubmissionSlot('203.0.113.9', t + 10)
    expect(refused.ok).toBe(false)
    expect((await takeSubmissionSlot('198.51.100.7', t + 10)).ok).toBe(true)
    expect((await takeSubmissionSlot('203.0.113.9', t + SUBMISSION_LIMITS.windowMs + 1)).ok).toBe(
      true,
    )
  })
})

describe('takedown', () => {
  it('unpublishes, or keeps the piece up with the name gone, in one step; editors only', async () => {
    const { takedown } = await import('@/lib/editorial/takedown')
    const editor = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: 'takedown.editor@test.example',
        password: 'test-password-123',
        roles: ['editor'],
      },
    })
    const publish = async (title: string) => {
      const r = await submitWork(
        payload,
        valid(
          poem({
            title,
            credit: 'name',
            name: 'Named Person',
            email: `${title.replace(/\W/g, '')}@example.org`,
          }),
        ),
      )
      if (!r.ok) throw new Error('not stored')
      await payload.update({
        collection: 'writings',
        id: r.id,
        overrideAccess: true,
        data: { editorialStatus: 'accepted', _status: 'published' },
      })
      return r.id
    }
    const publicRead = (id: number | string) =>
      payload.find({
        collection: 'writings',
        overrideAccess: false,
        where: { id: { equals: id } },
        depth: 0,
      })

    const a = await publish('Take me down')
    await takedown(payload, 'writings', a, 'unpublish', editor, 'The writer asked by phone')
    expect((await publicRead(a)).totalDocs).toBe(0)

    const b = await publish('Hide my name')
    expect((await publicRead(b)).docs[0].byline).toBe('Named Person')
    await takedown(payload, 'writings', b, 'anonymize', editor, 'Safety at work')
    const after = (await publicRead(b)).docs[0]
    expect(after.byline).toBe('')
    expect(after.credit).toBe('anonymous')
    expect(after).not.toHaveProperty('contributor')

    const contributorUser = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: 'not.an.editor@test.example',
        password: 'test-password-123',
        roles: ['contributor'],
      },
    })
    await expect(
      takedown(payload, 'writings', b, 'unpublish', contributorUser, 'x'),
    ).rejects.toThrow(/editors/)
  })
})
