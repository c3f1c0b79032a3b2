// The signed refresh a script sends the running site (issue #16): only PAYLOAD_SECRET signs it,
// for five minutes; anyone else is refused and nothing is expired. And when a starting server
// refreshes its pages: they may have been rendered from another database.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import {
  REFRESH_HEADER,
  REFRESH_MARKER,
  REFRESH_PATH,
  refreshToken,
  validRefreshToken,
} from '@/lib/cache/refreshToken.mjs'
import { pageBytesMemo } from '@/lib/cache/pageBytes.mjs'
import { publicReadKey } from '@/lib/cache/publicApi'
import { rememberRefresh, startupRefreshReason } from '@/lib/cache/startupRefresh.mjs'
import type { ID } from '@/lib/relations'
import { plainTextToLexical } from '@/lib/richText'
import { bootBeforeAll } from './helpers'
import { rest, tokenFor } from './http'

let payload: Payload
bootBeforeAll(async (booted) => {
  payload = booted
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'refresh.admin@test.example', password: 'test-password-123', roles: ['admin'] },
  })
})

const secret = process.env.PAYLOAD_SECRET!

describe('refreshing the running site', () => {
  it('accepts a fresh signature of this secret only', () => {
    const now = Date.now()
    expect(validRefreshToken(refreshToken(secret, now), secret, now)).toBe(true)
    expect(validRefreshToken(refreshToken('another-secret', now), secret, now)).toBe(false)
    expect(validRefreshToken(refreshToken(secret, now - 6 * 60_000), secret, now)).toBe(false)
    expect(validRefreshToken(`${now}.`, secret, now)).toBe(false)
    expect(validRefreshToken(undefined, secret, now)).toBe(false)
  })

  it('the endpoint refuses the public and even an admin’s session; the signature is enough', async () => {
    expect((await rest(REFRESH_PATH, { method: 'POST' })).status).toBe(403)
    const admin = await tokenFor(payload, 'refresh.admin@test.example')
    expect((await rest(REFRESH_PATH, { method: 'POST', token: admin })).status).toBe(403)
    const signed = await rest(REFRESH_PATH, {
      method: 'POST',
      headers: { [REFRESH_HEADER]: refreshToken(secret) },
    })
    expect(signed.status).toBe(200)
    expect(JSON.parse(signed.body)).toEqual({ refreshed: true })
  })
})

describe('anonymous REST reads served from the cache (src/lib/cache/publicApi.ts)', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Request(`http://localhost:3000${path}`, { headers })

  it('keys a list or one document of a public collection, read by nobody in particular', () => {
    expect(publicReadKey(get('/api/writings?where[language][equals]=es&limit=20'))).toBe(
      '/api/writings?where%5Blanguage%5D%5Bequals%5D=es&limit=20',
    )
    expect(publicReadKey(get('/api/artworks/12?depth=1'))).toBe('/api/artworks/12?depth=1')
    expect(publicReadKey(get('/api/episodes/65a1b2c3d4e5f60718293a4b'))).not.toBeNull()
  })

  it('never keys a request that carries an identity, draft mode, an origin or a range', () => {
    const path = '/api/writings?limit=20'
    const identities: Record<string, string>[] = [
      { authorization: 'JWT abc' },
      { authorization: 'users API-Key abc' },
      { cookie: 'payload-token=abc' },
      { cookie: '__prerender_bypass=1' },
      { cookie: 'anything=else' },
      { origin: 'https://elsewhere.example' },
      { range: 'bytes=0-10' },
    ]
    for (const headers of identities)
      expect(publicReadKey(get(path, headers)), JSON.stringify(headers)).toBeNull()
    expect(
      publicReadKey(new Request(`http://localhost:3000${path}`, { method: 'POST' })),
    ).toBeNull()
  })

  it('never keys private collections, endpoints, files or parameters Payload does not read', () => {
    for (const path of [
      '/api/users?limit=1',
      '/api/users/me',
      '/api/audit-log',
      '/api/outputs',
      '/api/writings/versions',
      '/api/writings/count',
      '/api/media/file/portrait.png',
      '/api/writings/12/takedown',
      '/api/graphql',
      '/api/writings?cachebuster=1',
      `/api/writings?where[title][like]=${'x'.repeat(2100)}`,
    ])
      expect(publicReadKey(get(path)), path).toBeNull()
  })
})

describe('a save expires the pages only when the public can see the change', () => {
  it('a draft never public expires nothing; publishing, a change to it and unpublishing do', async () => {
    const contributor = await payload.create({
      collection: 'contributors',
      overrideAccess: true,
      data: { displayName: 'Refresh Writer' },
    })
    const logged = vi.spyOn(payload.logger, 'debug')
    /** The tags expired since the last call: outside a Next.js server each expiry is logged as skipped, so the log is the witness. */
    const expiredSince = () => {
      const tags = logged.mock.calls
        .map(([msg]) => msg)
        .filter((msg): msg is string => typeof msg === 'string' && msg.startsWith('revalidate '))
        .map((msg) => msg.split(' ')[1])
      logged.mockClear()
      return tags
    }
    const save = async (id: ID, data: Partial<RequiredDataFromCollectionSlug<'writings'>>) => {
      expiredSince()
      const draft = data._status !== 'published'
      await payload.update({
        collection: 'writings',
        id,
        data,
        draft,
        overrideAccess: true,
        depth: 0,
      })
      return expiredSince()
    }
    try {
      const draft = await payload.create({
        collection: 'writings',
        overrideAccess: true,
        depth: 0,
        draft: true,
        data: {
          title: 'Not yet',
          body: plainTextToLexical('x'),
          form: 'poem',
          language: 'en',
          contributor: contributor.id,
          credit: 'name',
          consents: { publishOnline: true, source: 'paperForm' },
          _status: 'draft',
        },
      })
      expect(expiredSince()).toEqual([])
      expect(await save(draft.id, { title: 'Still not yet' })).toEqual([])
      expect(await save(draft.id, { editorialStatus: 'accepted' })).toEqual([])

      const published = await save(draft.id, { _status: 'published' })
      expect(published).toContain('collection:writings')
      expect(published).toContain(`doc:writings:${draft.id}`)
      expect(await save(draft.id, { title: 'Changed', _status: 'published' })).toContain(
        'collection:writings',
      )
      // Unpublished (the document's row goes back to draft): the page must go.
      const unpublished = await payload.update({
        collection: 'writings',
        id: draft.id,
        overrideAccess: true,
        depth: 0,
        data: { _status: 'draft' },
      })
      expect(unpublished._status).toBe('draft')
      expect(expiredSince()).toContain('collection:writings')
    } finally {
      logged.mockRestore()
    }
  })
})

describe('a starting server refreshes pages that may not be its database’s', () => {
  it('refreshes on a build’s first start, after a script’s note, and on another database; not otherwise', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vv-start-'))
    try {
      const a = 'file:/data/a.sqlite'
      expect(await startupRefreshReason(a, dir)).toBe('first start of this build')
      await rememberRefresh(a, dir)
      expect(await startupRefreshReason(a, dir)).toBeNull()
      // The bench or an operator points the same build at another database.
      expect(await startupRefreshReason('file:/data/b.sqlite', dir)).toBe(
        'this build last served another database',
      )
      // A script changed this one while no server answered (src/lib/cache/refresh.ts).
      mkdirSync(path.join(dir, path.dirname(REFRESH_MARKER)), { recursive: true })
      writeFileSync(path.join(dir, REFRESH_MARKER), 'now')
      expect(await startupRefreshReason(a, dir)).toBe(
        'content changed by a script while the server was down',
      )
      await rememberRefresh(a, dir)
      expect(existsSync(path.join(dir, REFRESH_MARKER))).toBe(false)
      expect(await startupRefreshReason(a, dir)).toBeNull()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('a cached page’s bytes and ETag are worked out once per page (server.mjs)', () => {
  // Next hands the server a new string with the same text on every request.
  const page = (n: number, fill = 'é') => `<html lang="es">${n}${fill.repeat(6000)}</html>`
  const copy = (text: string) => (' ' + text).slice(1)

  it('the same text gets the same bytes back; another text its own bytes and tag', () => {
    const pageBytes = pageBytesMemo()
    const first = pageBytes(page(1))
    expect(first.bytes.toString('utf8')).toBe(page(1))
    expect(first.tag).toMatch(new RegExp(`^"${first.bytes.length.toString(16)}-`))
    expect(pageBytes(copy(page(1))).bytes).toBe(first.bytes)
    // Same length, another text: never the first page's bytes or tag.
    const other = pageBytes(page(2))
    expect(other.bytes.toString('utf8')).toBe(page(2))
    expect(other.tag).not.toBe(first.tag)
  })

  it('does not keep a personal page', () => {
    const pageBytes = pageBytesMemo()
    const first = pageBytes(page(1), { keep: false })
    expect(first.bytes.toString('utf8')).toBe(page(1))
    expect(pageBytes(copy(page(1))).bytes).not.toBe(first.bytes)
  })

  it('keeps no more than its budget, oldest out first', () => {
    const size = page(1).length * 2 + Buffer.byteLength(page(1))
    const pageBytes = pageBytesMemo(size * 2)
    const one = pageBytes(page(1)).bytes
    pageBytes(page(2))
    expect(pageBytes(copy(page(1))).bytes).toBe(one)
    pageBytes(page(3))
    const again = pageBytes(copy(page(1))).bytes
    expect(again).not.toBe(one)
    expect(again.equals(one)).toBe(true)
  })
})
