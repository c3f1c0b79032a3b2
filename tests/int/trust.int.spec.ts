// Regression tests for the findings of issue #15, each written to fail on the code before it.
import { readdirSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'graphql'
import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { bodyLimitFor, MB } from '@/lib/bodyLimits.mjs'
import { sameSitePath } from '@/lib/previewPath'
import { relId } from '@/lib/relations'
import { plainTextToLexical } from '@/lib/richText'
import {
  checkQuery,
  guardGraphQL,
  MAX_QUERY_DEPTH,
  MAX_QUERY_FIELDS,
  measureQuery,
} from '@/lib/security/graphql'
import { payloadKey, sessionToken, validSession } from '@/lib/session.mjs'
import { submitWork } from '@/lib/submissions/submit'
import { anonymousArtwork, buildWorld, pngBytes, type World } from './fixtures'
import { bootBeforeAll } from './helpers'
import { rest, tokenFor } from './http'

let payload: Payload
let world: World
let contributorToken: string
bootBeforeAll(async (booted) => {
  payload = booted
  world = await buildWorld(payload)
  contributorToken = await tokenFor(payload, 'contributor@test.example')
})

const quiet = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const
const artwork = (title: string, email: string) => anonymousArtwork(title, email)
const image = async () => {
  const data = await pngBytes()
  return [{ name: 'maria-at-dock-4.png', data, mimetype: 'image/png', size: data.length }]
}

/** An artwork submitted through the form with one image: its id, and its image's record. */
async function submittedArtwork(title: string, email: string) {
  const r = await submitWork(payload, artwork(title, email), await image())
  if (!r.ok) throw new Error('not stored')
  const piece = await payload.findByID({ collection: 'artworks', id: r.id, ...quiet, draft: true })
  const media = await payload.findByID({
    collection: 'media',
    id: relId(piece.images![0])!,
    ...quiet,
  })
  return { id: r.id, media }
}

describe('1. images of work that is not public are not public', () => {
  it('follow their piece: hidden while submitted, served once published, hidden again after', async () => {
    const { id, media } = await submittedArtwork('Dock portrait', 'dock@example.org')
    expect(media.filename).not.toMatch(/maria|dock/) // file names never carry a name
    const file = `/api/media/file/${media.filename}`
    const listed = async () => (await rest('/api/media?limit=100')).body.includes(media.filename!)

    expect(await listed()).toBe(false)
    expect((await rest(file)).status).toBe(403)
    expect((await rest(file, { token: contributorToken })).status).toBe(403)

    await payload.update({
      collection: 'artworks',
      id,
      ...quiet,
      data: { editorialStatus: 'accepted', _status: 'published' },
    })
    expect(await listed()).toBe(true)
    expect((await rest(file)).status).toBe(200)

    await payload.update({ collection: 'artworks', id, ...quiet, data: { _status: 'draft' } })
    expect(await listed()).toBe(false)
    expect((await rest(file)).status).toBe(403)
  })

  it('an image taken off a published piece is hidden again; one added in a draft waits for it', async () => {
    const { id, media } = await submittedArtwork('Two views', 'views@example.org')
    await payload.update({
      collection: 'artworks',
      id,
      ...quiet,
      data: { editorialStatus: 'accepted', _status: 'published' },
    })
    const [file] = await image()
    const second = await payload.create({
      collection: 'media',
      ...quiet,
      data: { alt: 'The second view' },
      file: { ...file, name: 'second-view.png' },
    })
    const served = async (m: { filename?: string | null }) =>
      (await rest(`/api/media/file/${m.filename}`)).status
    // Added in a draft of the published piece: not public until that draft is.
    await payload.update({
      collection: 'artworks',
      id,
      ...quiet,
      draft: true,
      data: { images: [media.id, second.id] },
    })
    expect(await served(second)).toBe(403)
    await payload.update({ collection: 'artworks', id, ...quiet, data: { _status: 'published' } })
    expect(await served(second)).toBe(200)
    // Taken off the published piece, used by nothing public: hidden again.
    await payload.update({ collection: 'artworks', id, ...quiet, data: { images: [second.id] } })
    expect(await served(media)).toBe(403)
    expect(await served(second)).toBe(200)
  })

  it('a contributor cannot make another worker’s unreviewed image public through their profile', async () => {
    const { media } = await submittedArtwork('Not yours', 'other@example.org')
    const res = await rest(`/api/contributors/${world.alice.id}`, {
      method: 'PATCH',
      token: contributorToken,
      json: { photo: media.id },
    })
    expect(res.status).toBe(400)
    const after = await payload.findByID({ collection: 'media', id: media.id, ...quiet })
    expect(after.public).toBe(false)
  })
})

describe('2. a contributor renaming themselves', () => {
  it('keeps their published work published and accepted, with the new byline', async () => {
    const before = await payload.find({
      collection: 'writings',
      where: { contributor: { equals: world.alice.id } },
      ...quiet,
    })
    const published = before.docs.filter((d) => d._status === 'published')
    expect(published.length).toBeGreaterThan(0)
    const res = await rest(`/api/contributors/${world.alice.id}`, {
      method: 'PATCH',
      token: contributorToken,
      json: { displayName: 'Alice Renamed' },
    })
    expect(res.status).toBe(200)
    for (const doc of published) {
      const after = await payload.findByID({ collection: 'writings', id: doc.id, ...quiet })
      expect(after._status).toBe('published')
      expect(after.editorialStatus).toBe('accepted')
      expect(after.byline).toBe('Alice Renamed')
      expect(after.searchText).toContain('alice renamed')
    }
    const unpublished = await payload.count({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'unpublished' } },
          { collection: { equals: 'writings' } },
          { documentId: { in: published.map((d) => String(d.id)) } },
        ],
      },
      overrideAccess: true,
    })
    expect(unpublished.totalDocs).toBe(0)
  })
})

describe('3. contributors edit only what is theirs', () => {
  it('cannot read or write editor notes, nor change their slug or public profile', async () => {
    await payload.update({
      collection: 'contributors',
      id: world.alice.id,
      ...quiet,
      data: { editorNotes: 'Only for editors 4471' },
    })
    const own = await rest(`/api/contributors/${world.alice.id}`, { token: contributorToken })
    expect(own.body).not.toContain('Only for editors 4471')
    const res = await rest(`/api/contributors/${world.alice.id}`, {
      method: 'PATCH',
      token: contributorToken,
      json: {
        editorNotes: 'overwritten',
        slug: 'taken-over',
        publicProfile: false,
        bio: 'My own words',
      },
    })
    expect(res.status).toBe(200)
    const after = await payload.findByID({
      collection: 'contributors',
      id: world.alice.id,
      ...quiet,
    })
    expect(after.editorNotes).toBe('Only for editors 4471')
    expect(after.slug).not.toBe('taken-over')
    expect(after.publicProfile).toBe(true)
    expect(after.bio).toBe('My own words')
  })
})

describe('4. GraphQL is measured before it runs', () => {
  const bomb = (levels: number) =>
    [
      `query { Writings { docs { ...F0 } } }`,
      ...Array.from(
        { length: levels },
        (_, i) => `fragment F${i} on Writing { ...F${i + 1} ...F${i + 1} }`,
      ),
      `fragment F${levels} on Writing { title }`,
    ].join('\n')

  it('refuses a 1 KB fragment bomb with work proportional to its size, not its expansion', () => {
    const query = bomb(22)
    expect(query.length).toBeLessThan(1600)
    const measure = measureQuery(parse(query))
    expect(measure.fields).toBeGreaterThan(2 ** 22) // what it would expand to
    // The work done: each selection of the document looked at once.
    expect(measure.visited).toBeLessThan(100)
    expect(checkQuery(query)).toMatchObject({ ok: false })
    // Twice the levels: not twice the work per level, the same few more nodes.
    expect(measureQuery(parse(bomb(44))).visited).toBeLessThan(200)
  })

  it('refuses aliases ×1000, deep nesting and endless token streams; lets real queries run', () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: Writings { docs { title } }`).join(' ')} }`
    expect(checkQuery(aliases(1000))).toMatchObject({ ok: false }) // stops parsing at 5,000 tokens
    expect(checkQuery(aliases(400))).toMatchObject({
      ok: false,
      message: expect.stringContaining(String(MAX_QUERY_FIELDS)),
    })
    const deep = `{ Writings { docs { ${'translations { '.repeat(15)}title${' }'.repeat(15)} } } }`
    expect(checkQuery(deep)).toMatchObject({
      ok: false,
      message: expect.stringContaining(`${MAX_QUERY_DEPTH} levels`),
    })
    expect(checkQuery('{ a '.repeat(6000))).toMatchObject({ ok: false })
    expect(checkQuery('{ Writings(limit: 5) { docs { title byline topics { name } } } }').ok).toBe(
      true,
    )
  })

  it('answers 400 without handing a refused query to Payload', async () => {
    const handler = vi.fn(async () => new Response('{}'))
    const res = await guardGraphQL(handler)(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        body: JSON.stringify({ query: bomb(22) }),
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    expect(res.status).toBe(400)
    expect(handler).not.toHaveBeenCalled()
  })
})

describe('5. no public relation ties an anonymous piece to its writer', () => {
  it('a translation link between an anonymous and a named piece is not shown, nor queryable', async () => {
    const anonymous = await payload.create({
      collection: 'writings',
      ...quiet,
      data: {
        title: 'Sin nombre',
        body: plainTextToLexical('x'),
        form: 'poem',
        language: 'es',
        contributor: world.bob.id,
        credit: 'anonymous',
        consents: { publishOnline: true, source: 'paperForm' },
        editorialStatus: 'accepted',
        _status: 'published',
        translations: [world.works.bobPublished.id],
      },
    })
    const pub = await rest(`/api/writings/${anonymous.id}?depth=1`)
    expect(JSON.parse(pub.body).translations).toEqual([])
    expect(pub.body).not.toContain('Bob Hidden')
    const query = await rest(
      `/api/writings?where[translations][in]=${world.works.bobPublished.id}&depth=0`,
    )
    expect([400, 403]).toContain(query.status)
    const asEditor = await payload.findByID({ collection: 'writings', id: anonymous.id, ...quiet })
    expect(asEditor.translations).toEqual([world.works.bobPublished.id])
  })
})

describe('7. consent is never assumed', () => {
  it('a piece entered without consents cannot be published; a change says how it was given', async () => {
    const editor = world.users.editor
    const doc = await payload.create({
      collection: 'writings',
      user: editor,
      overrideAccess: false,
      depth: 0,
      draft: true,
      data: {
        title: 'Entered by an editor',
        body: plainTextToLexical('x'),
        form: 'poem',
        language: 'en',
        contributor: world.alice.id,
        credit: 'name',
        editorialStatus: 'accepted',
        _status: 'draft',
      },
    })
    expect(doc.consents?.publishOnline).toBe(false)
    await expect(
      payload.update({
        collection: 'writings',
        id: doc.id,
        user: editor,
        overrideAccess: false,
        data: { _status: 'published' },
      }),
    ).rejects.toThrow(/consent/i)
    await expect(
      payload.update({
        collection: 'writings',
        id: doc.id,
        user: editor,
        overrideAccess: false,
        data: { consents: { publishOnline: true } },
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'consents.source' }] } })
    const given = await payload.update({
      collection: 'writings',
      id: doc.id,
      user: editor,
      overrideAccess: false,
      data: { consents: { publishOnline: true, source: 'paperForm' } },
    })
    expect(given.consents?.source).toBe('paperForm')
    expect(given.consents?.recordedAt).toBeTruthy()
  })
})

describe('8. a write fails in the middle: nothing half-written remains', () => {
  const imagesOnDisk = () => readdirSync(path.join(process.env.MEDIA_DIR!, 'images')).length
  const count = async (collection: 'contributors' | 'media' | 'artworks') =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  const stored = async () => ({
    contributors: await count('contributors'),
    media: await count('media'),
    artworks: await count('artworks'),
    files: imagesOnDisk(),
  })

  it('the database dies while a submission is stored: no contributor, image or file is left', async () => {
    const before = await stored()
    const create = payload.db.create.bind(payload.db)
    const spy = vi
      .spyOn(payload.db, 'create')
      .mockImplementation((async (args) =>
        args.collection === 'artworks'
          ? Promise.reject(
              Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' }),
            )
          : create(args)) as typeof payload.db.create)
    const r = await submitWork(payload, artwork('Half written', 'half@example.org'), await image())
    spy.mockRestore()
    expect(r).toEqual({ ok: false, error: 'unavailable' })
    expect(await stored()).toEqual(before)
  })

  it('the database dies while bylines are refreshed: the rename is rolled back with them', async () => {
    const updateOne = payload.db.updateOne.bind(payload.db)
    const spy = vi
      .spyOn(payload.db, 'updateOne')
      .mockImplementation((async (args) =>
        args.collection === 'writings'
          ? Promise.reject(new Error('disk I/O error'))
          : updateOne(args)) as typeof payload.db.updateOne)
    await expect(
      payload.update({
        collection: 'contributors',
        id: world.bob.id,
        ...quiet,
        data: { displayName: 'Bob Never' },
      }),
    ).rejects.toThrow()
    spy.mockRestore()
    const bob = await payload.findByID({ collection: 'contributors', id: world.bob.id, ...quiet })
    expect(bob.displayName).not.toBe('Bob Never')
    const piece = await payload.findByID({
      collection: 'writings',
      id: world.works.bobPublished.id,
      ...quiet,
    })
    expect(piece.byline).toBe(bob.displayName)
  })
})

describe('10. request bodies', () => {
  it('the API takes 1 MB, except a signed-in upload', () => {
    expect(bodyLimitFor('/api/writings', { contentType: 'application/json' })).toBe(MB)
    expect(bodyLimitFor('/api/media', { contentType: 'multipart/form-data; boundary=x' })).toBe(MB)
    expect(
      bodyLimitFor('/api/media', {
        contentType: 'multipart/form-data; boundary=x',
        signedIn: true,
      }),
    ).toBe(250 * MB)
    expect(bodyLimitFor('/api/graphql', { contentType: 'application/json', signedIn: true })).toBe(
      MB,
    )
    expect(bodyLimitFor('/submit')).toBe(64 * MB)
  })

  it('a session counts only with a valid signature and time left', async () => {
    const secret = 'integration-test-secret'
    expect(payloadKey(secret)).toBe(payload.secret)
    expect(validSession(contributorToken, secret)).toBe(true)
    expect(validSession(contributorToken, 'another-secret')).toBe(false)
    expect(validSession('forged.token.value', secret)).toBe(false)
    const [h, b, s] = contributorToken.split('.')
    const later = JSON.parse(Buffer.from(b, 'base64url').toString()).exp + 1
    expect(validSession(`${h}.${b}.${s}`, secret, later)).toBe(false)
    expect(sessionToken({ cookie: `a=1; payload-token=${contributorToken}` })).toBe(
      contributorToken,
    )
    expect(sessionToken({ authorization: `JWT ${contributorToken}` })).toBe(contributorToken)
  })
})

describe('12. preview redirects stay on the site', () => {
  it.each([
    ['/\\evil.example', '/'],
    ['//evil.example', '/'],
    ['https://evil.example/x', '/'],
    ['/%5Cevil.example', '/%5Cevil.example'],
    ['/writing/a-poem?x=1#top', '/writing/a-poem?x=1#top'],
    ['/\tevil', '/'],
    [null, '/'],
  ])('%s → %s', (given, expected) => {
    expect(sameSitePath(given)).toBe(expected)
  })
})
