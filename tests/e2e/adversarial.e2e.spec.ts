// The adversarial privacy crawl on the production build (issue #15): plant private values through
// the editors' API, then read every public surface a person or a crawler can reach — every page
// in both languages, what the sitemap lists, the podcast feed, the calendar, search for each
// planted word, the images pages point at — as the public and as a signed-in contributor. None of
// the planted values may appear. The rules themselves have negative controls in
// tests/int/adversarial.int.spec.ts; here a canary proves the crawl reads what is public.
import { expect, test, type APIRequestContext } from '@playwright/test'

import { makeWav } from '../../src/seed/generate'
import { PUBLIC_API_COLLECTIONS } from '../../src/lib/cache/tags'
import { languages, localized, publicRoutes } from '../support/publicRoutes'

test.describe.configure({ mode: 'serial' })

const password = process.env.SEED_PASSWORD || 'demo-password'
const stamp = Date.now().toString(36)
const PLANTED = {
  hiddenWriter: `Quill Shadowwriter ${stamp}`,
  legalName: `Quillon Legalname ${stamp}`,
  email: `quill.${stamp}@private.example`,
  phone: `+1 555 ${stamp}`,
  workplace: `Secret Loading Dock ${stamp}`,
  notes: `EDITOR-NOTE-${stamp}`,
  submittedTitle: `SUBMITTED-${stamp}`,
  submittedAlt: `ALT-SUBMITTED-${stamp}`,
  declinedTitle: `DECLINED-${stamp}`,
  withdrawnTitle: `WITHDRAWN-${stamp}`,
  draftEpisode: `DRAFT-EPISODE-${stamp}`,
  draftAudio: `DRAFT-AUDIO-${stamp}`,
}
const CANARY = `Canary anonymous poem ${stamp}`

let editor: Record<string, string>
let contributorToken: string
const planted: { submittedImage?: string; draftAudio?: string; episodeId?: number } = {}

async function login(request: APIRequestContext, email: string) {
  const res = await request.post('/api/users/login', { data: { email, password } })
  expect(res.ok(), `sign in as ${email}`).toBe(true)
  return (await res.json()).token as string
}

const lexical = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

test.beforeAll(async ({ request }) => {
  editor = { Authorization: `JWT ${await login(request, 'editor@example.com')}` }
  contributorToken = await login(request, 'contributor@example.com')
  const post = async (path: string, data: unknown) => {
    const res = await request.post(path, { headers: editor, data })
    expect(res.ok(), `${path}: ${await res.text()}`).toBe(true)
    return (await res.json()).doc
  }
  const person = await post('/api/contributors', {
    displayName: PLANTED.hiddenWriter,
    legalName: PLANTED.legalName,
    email: PLANTED.email,
    phone: PLANTED.phone,
    workplace: PLANTED.workplace,
    editorNotes: PLANTED.notes,
  })
  const consents = { publishOnline: true, source: 'paperForm' }
  await post('/api/writings', {
    title: CANARY,
    body: lexical('A line.'),
    form: 'poem',
    language: 'en',
    contributor: person.id,
    credit: 'anonymous',
    consents,
    editorialStatus: 'accepted',
    _status: 'published',
    editorNotes: PLANTED.notes,
  })
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  )
  const image = await request.post('/api/media', {
    headers: editor,
    multipart: {
      file: { name: 'portrait.png', mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ alt: PLANTED.submittedAlt }),
    },
  })
  expect(image.ok(), await image.text()).toBe(true)
  const media = (await image.json()).doc
  planted.submittedImage = media.filename
  for (const [title, status] of [
    [PLANTED.submittedTitle, 'submitted'],
    [PLANTED.declinedTitle, 'declined'],
    [PLANTED.withdrawnTitle, 'withdrawn'],
  ] as const)
    await post('/api/artworks?draft=true', {
      title,
      images: [media.id],
      contributor: person.id,
      credit: 'anonymous',
      consents,
      editorialStatus: status,
      _status: 'draft',
    })
  const audio = await request.post('/api/audio', {
    headers: editor,
    multipart: {
      file: { name: 'episode.wav', mimeType: 'audio/wav', buffer: makeWav(1, 330) },
      _payload: JSON.stringify({ title: PLANTED.draftAudio }),
    },
  })
  expect(audio.ok(), await audio.text()).toBe(true)
  const audioDoc = (await audio.json()).doc
  planted.draftAudio = audioDoc.filename
  const episode = await post('/api/episodes?draft=true', {
    number: 9000 + Math.floor(Math.random() * 900),
    title: PLANTED.draftEpisode,
    airDate: new Date().toISOString(),
    summary: 'Not aired yet',
    audio: audioDoc.id,
    _status: 'draft',
  })
  planted.episodeId = episode.id
})

const secrets = () => Object.values(PLANTED)

/** Every public URL: the route list in six languages, what the sitemap lists, feeds, search. */
async function publicUrls(request: APIRequestContext): Promise<string[]> {
  const urls = new Set<string>()
  for (const { path } of publicRoutes) for (const lang of languages) urls.add(localized(lang, path))
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) urls.add(new URL(loc).pathname)
  for (const path of ['/sitemap.xml', '/robots.txt']) urls.add(path)
  // The feeds in every language (the calendar's text is translated).
  for (const path of ['/upfront/feed.xml', '/events/calendar.ics'])
    for (const lang of languages) urls.add(localized(lang, path))
  // The REST lists an outside reader gets (anonymously, from the API's public cache), at the
  // default depth and the deepest allowed.
  for (const collection of PUBLIC_API_COLLECTIONS)
    for (const depth of [1, 3]) urls.add(`/api/${collection}?limit=100&depth=${depth}`)
  for (const word of [stamp, ...secrets()])
    for (const lang of languages) urls.add(localized(lang, `/search?q=${encodeURIComponent(word)}`))
  return [...urls]
}

/** Reads these addresses four at a time (the server answers one while it renders another). */
async function readAll(
  request: APIRequestContext,
  urls: string[],
  headers: Record<string, string>,
  keepBody: boolean,
) {
  const out: { url: string; status: number; body: string }[] = []
  const queue = [...urls]
  const reader = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const res = await request.get(url, { headers })
      out.push({ url, status: res.status(), body: keepBody ? await res.text() : '' })
    }
  }
  await Promise.all(Array.from({ length: 4 }, reader))
  return out
}

async function crawl(request: APIRequestContext, headers: Record<string, string> = {}) {
  const bodies = await readAll(request, await publicUrls(request), headers, true)
  const images = new Set<string>()
  for (const { body } of bodies)
    for (const [, src] of body.matchAll(/(?:src|content|href)="([^"]*\/api\/media\/file\/[^"?]+)/g))
      images.add(new URL(src, 'http://x').pathname)
  return [...bodies, ...(await readAll(request, [...images], headers, false))]
}

/** A search page repeats what was asked ("results for …"): that echo is not a leak. */
const withoutEcho = (url: string, body: string) => {
  const q = new URL(url, 'http://x').searchParams.get('q')
  if (!q) return body
  const escaped = q.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return body.split(q).join('').split(escaped).join('').split(encodeURIComponent(q)).join('')
}

const leaksIn = (bodies: { url: string; body: string }[]) =>
  bodies.flatMap(({ url, body }) =>
    secrets()
      .filter((s) => withoutEcho(url, body).includes(s))
      .map((s) => `${url}: ${s}`),
  )

test('the public reads every page, feed and search, and meets nothing planted', async ({
  request,
}) => {
  // Every page in six languages, most of them rendered for the first time here.
  test.setTimeout(300_000)
  const bodies = await crawl(request)
  expect(bodies.length).toBeGreaterThan(60)
  // The crawl read the API's cached answers (they are what the public is served).
  expect(bodies.some((b) => b.url.startsWith('/api/writings?') && b.body.includes(CANARY))).toBe(
    true,
  )
  // The canary: the published anonymous piece is public, so a crawl that reads must meet it.
  expect(bodies.some((b) => b.body.includes(CANARY))).toBe(true)
  expect(leaksIn(bodies)).toEqual([])
})

test('a signed-in contributor reads the same surfaces and meets nothing planted', async ({
  request,
}) => {
  test.setTimeout(300_000)
  const bodies = await crawl(request, {
    Cookie: `payload-token=${contributorToken}`,
    Authorization: `JWT ${contributorToken}`,
  })
  expect(bodies.some((b) => b.body.includes(CANARY))).toBe(true)
  expect(leaksIn(bodies)).toEqual([])
})

test('an unreviewed image is served to editors only; it is not listed for anyone else', async ({
  request,
}) => {
  const file = `/api/media/file/${planted.submittedImage}`
  expect(planted.submittedImage).not.toMatch(/portrait/) // uploads get random names
  expect((await request.get(file)).status()).toBe(403)
  expect(
    (await request.get(file, { headers: { Authorization: `JWT ${contributorToken}` } })).status(),
  ).toBe(403)
  const asEditor = await request.get(file, { headers: editor })
  expect(asEditor.status()).toBe(200)
  expect(asEditor.headers()['cache-control']).toBe('private, no-store')
  const listed = await (await request.get('/api/media?limit=500&depth=0')).text()
  expect(listed).not.toContain(PLANTED.submittedAlt)
})

test('a draft episode’s audio is not served; once published it is, with ranges', async ({
  request,
}) => {
  const file = `/api/audio/file/${planted.draftAudio}`
  expect((await request.get(file)).status()).toBe(403)
  expect((await request.get(file, { headers: editor })).status()).toBe(200)
  const publish = (status: 'published' | 'draft') =>
    request.patch(`/api/episodes/${planted.episodeId}`, {
      headers: editor,
      data: { _status: status },
    })
  const published = await publish('published')
  try {
    expect(published.ok(), await published.text()).toBe(true)
    // At the next request: the change expires what was kept of the file's read rule.
    const res = await request.get(file, { headers: { Range: 'bytes=0-99' } })
    expect(res.status()).toBe(206)
    expect(res.headers()['content-length']).toBe('100')
    expect(res.headers()['cache-control']).toBe('public, max-age=60, s-maxage=10')
  } finally {
    // Unpublished again (whatever failed above: the planted draft stays a draft for what follows).
    expect((await publish('draft')).ok()).toBe(true)
  }
  expect((await request.get(file)).status()).toBe(403)
})

test('preview redirects stay on this site, whatever the path says', async ({ request }) => {
  for (const path of ['/\\evil.example', '//evil.example', 'https://evil.example', '/%5Cevil']) {
    const res = await request.get(`/preview?exit=1&path=${encodeURIComponent(path)}`, {
      maxRedirects: 0,
    })
    const location = res.headers()['location'] ?? ''
    expect(location, path).toMatch(/^\/(?![/\\])/)
    expect(new URL(location, 'http://same.site').host, path).toBe('same.site')
  }
})

test('the API refuses a large JSON body from anyone with 413 and a message, before reading it', async ({
  request,
}) => {
  const res = await request.post('/api/writings', {
    headers: { 'Content-Type': 'application/json' },
    data: JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }),
  })
  expect(res.status()).toBe(413)
  expect((await res.json()).errors[0].message).toMatch(/more than the site accepts here \(1 MB\)/)
  // A forged session cookie does not buy the upload limit.
  const forged = await request.post('/api/media', {
    headers: { Cookie: 'payload-token=forged.token.value' },
    multipart: {
      file: { name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(2 * 1024 * 1024) },
    },
  })
  expect(forged.status()).toBe(413)
})

test('the REST API’s public cache never hands an editor’s answer to the public, and follows edits', async ({
  request,
}) => {
  // Asked first by an editor: the planted unreviewed artwork is theirs to see.
  const unreviewed = `/api/artworks?where[title][equals]=${encodeURIComponent(PLANTED.submittedTitle)}&depth=0`
  const asEditor = await request.get(unreviewed, { headers: editor })
  expect((await asEditor.json()).totalDocs).toBe(1)
  expect(asEditor.headers()['cache-control']).toBe('private, no-store')
  // The same URL, anonymously: the public's own (empty) answer, cacheable by a CDN.
  const asPublic = await request.get(unreviewed)
  expect((await asPublic.json()).totalDocs).toBe(0)
  expect(asPublic.headers()['cache-control']).toBe(
    'public, max-age=0, s-maxage=1, stale-while-revalidate=60',
  )
  // And the editor is not handed the public's cached answer either.
  expect((await (await request.get(unreviewed, { headers: editor })).json()).totalDocs).toBe(1)
  const asContributor = await request.get(unreviewed, {
    headers: { Authorization: `JWT ${contributorToken}` },
  })
  expect((await asContributor.json()).totalDocs).toBe(0)

  // A published edit shows in the next anonymous read of a list that was cached before it.
  const byTitle = (title: string) =>
    `/api/writings?where[title][equals]=${encodeURIComponent(title)}`
  const before = await (await request.get(byTitle(CANARY))).json()
  expect(before.totalDocs).toBe(1)
  const renamed = `${CANARY} (revised)`
  const edit = await request.patch(`/api/writings/${before.docs[0].id}`, {
    headers: editor,
    data: { title: renamed },
  })
  expect(edit.ok(), await edit.text()).toBe(true)
  expect((await (await request.get(byTitle(CANARY))).json()).totalDocs).toBe(0)
  const after = await (await request.get(byTitle(renamed))).json()
  expect(after.totalDocs).toBe(1)
  // The anonymous piece's writer stays hidden in the cached JSON (default depth, contributor shown).
  expect(JSON.stringify(after)).not.toContain(PLANTED.hiddenWriter)
  await request.patch(`/api/writings/${before.docs[0].id}`, {
    headers: editor,
    data: { title: CANARY },
  })
})
