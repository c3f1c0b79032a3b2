import http from 'node:http'

import { expect, test, type Page } from '@playwright/test'

import { editorHeaders, password } from './editor'

/** Fails the test if anything on the page opens a dialog or breaks the Content-Security-Policy. */
function watch(page: Page) {
  const problems: string[] = []
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    await dialog.dismiss()
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text())
  })
  return problems
}

test('every response carries the security headers; public pages a static CSP, the admin and the form a nonce', async ({
  request,
}) => {
  const audio = (await (await request.get('/upfront/feed.xml')).text()).match(
    /<enclosure url="https?:\/\/[^/]+([^"]+)"/,
  )![1]
  for (const path of [
    '/',
    '/es/writing',
    '/upfront/455',
    '/admin/login',
    '/api/writings?limit=1',
    '/upfront/feed.xml',
    '/robots.txt',
    audio,
  ]) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
    expect(headers['strict-transport-security'], path).toBeUndefined() // plain HTTP here
  }
  const scriptSrc = (csp: string) => csp.split(';').find((d) => d.trim().startsWith('script-src'))!
  // Public pages: served from cache with the same bytes for everyone, so a static policy.
  for (const path of ['/', '/upfront/455', '/es/writing?form=poem']) {
    const res = await request.get(path)
    const csp = res.headers()['content-security-policy']
    expect(scriptSrc(csp).trim(), path).toBe("script-src 'self' 'unsafe-inline'")
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"])
      expect(csp, path).toContain(d)
    expect(res.headers()['cache-control'], path).toBe(
      'public, max-age=0, s-maxage=1, stale-while-revalidate=60',
    )
  }
  // A cached page carries a strong ETag of its bytes (server.mjs); whoever holds them gets 304.
  const cached = await request.get('/upfront/455')
  const etag = cached.headers()['etag']
  expect(etag).toMatch(/^"[0-9a-f]+-[\w+/]+"$/)
  expect(parseInt(etag.slice(1), 16)).toBe((await cached.body()).length)
  const revalidated = await request.get('/upfront/455', { headers: { 'if-none-match': etag } })
  expect(revalidated.status()).toBe(304)
  expect((await revalidated.body()).length).toBe(0)
  expect(
    (await request.get('/upfront/455', { headers: { 'if-none-match': '"other"' } })).status(),
  ).toBe(200)
  // Where people type or sign in: a fresh nonce per request, never cached by anyone.
  for (const path of ['/admin/login', '/submit', '/es/submit']) {
    const res = await request.get(path)
    const csp = res.headers()['content-security-policy']
    expect(scriptSrc(csp), path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/)
    expect(scriptSrc(csp), path).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(res.headers()['cache-control'], path).toMatch(/private|no-store/)
    expect(res.headers()['etag'], path).toBeUndefined()
  }
  const [a, b] = await Promise.all([request.get('/submit'), request.get('/submit')])
  expect(a.headers()['content-security-policy']).not.toBe(b.headers()['content-security-policy'])
  const overHttps = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } })
  expect(overHttps.headers()['strict-transport-security']).toMatch(/max-age=\d{7,}/)
  expect(overHttps.headers()['content-security-policy']).toContain('upgrade-insecure-requests')
})

test('pages and the admin run under the CSP without a single violation', async ({ page }) => {
  const problems = watch(page)
  await page.goto('/upfront/455')
  await page.getByRole('button', { name: /Yolanda Price/ }).click() // client script is alive
  await expect
    .poll(() => page.locator('audio').evaluate((el: HTMLAudioElement) => el.currentTime))
    .toBeGreaterThan(0)
  await page.goto('/admin')
  await page.waitForLoadState('networkidle')
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('link', { name: 'Writing', exact: true }).first()).toBeVisible()
  await page.goto('/admin/collections/writings')
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])
})

test('the session cookie is HttpOnly and SameSite; another origin cannot use it', async ({
  page,
  request,
}) => {
  const login = await request.post('/api/users/login', {
    data: { email: 'editor@example.com', password },
  })
  const cookie = login.headers()['set-cookie']
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)

  // The browser is signed in; a request from another origin carrying its cookie is anonymous.
  await page.goto('/')
  await page.context().addCookies([
    {
      name: 'payload-token',
      value: cookie.match(/payload-token=([^;]+)/)![1],
      url: page.url(),
    },
  ])
  const same = await page.request.get('/api/users/me', {
    headers: { Origin: new URL(page.url()).origin },
  })
  expect((await same.json()).user?.email).toBe('editor@example.com')
  const forged = await page.request.get('/api/users/me', {
    headers: { Origin: 'https://evil.example' },
  })
  expect((await forged.json()).user).toBeNull()
  const preflight = await page.request.fetch('/api/writings', {
    method: 'OPTIONS',
    headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
  })
  expect(preflight.headers()['access-control-allow-origin']).not.toBe('https://evil.example')
})

test('GraphQL refuses a query 20 levels deep, and introspection in production', async ({
  request,
}) => {
  const deep = `{ Writings(limit: 1) { docs { ${'translations { '.repeat(19)}title${' }'.repeat(19)} } } }`
  const started = Date.now()
  const res = await request.post('/api/graphql', { data: { query: deep } })
  const body = await res.json()
  expect(body.errors?.[0]?.message).toMatch(/nests deeper than 10 levels/)
  expect(Date.now() - started).toBeLessThan(5000)
  const introspection = await request.post('/api/graphql', {
    data: { query: '{ __schema { types { name } } }' },
  })
  expect((await introspection.json()).errors?.[0]?.message).toMatch(/introspection/i)
  const ordinary = await request.post('/api/graphql', {
    data: { query: '{ Writings(limit: 1) { docs { title } } }' },
  })
  expect((await ordinary.json()).data.Writings.docs).toHaveLength(1)
})

test('a body larger than the limit is answered 413 before it is sent', async ({ baseURL }) => {
  const { hostname, port } = new URL(baseURL!)
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request({
      hostname,
      port,
      method: 'POST',
      path: '/api/media',
      headers: {
        'Content-Type': 'multipart/form-data; boundary=x',
        'Content-Length': String(400 * 1024 * 1024),
        Expect: '100-continue',
      },
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('continue', () => reject(new Error('the server asked for the body')))
    req.on('error', reject)
    req.end() // nothing sent: only the headers
  })
  expect(status).toBe(413)
})

test('script stored in content never runs, on the public site or in the admin', async ({
  page,
  request,
}) => {
  const headers = await editorHeaders(request)
  const contributors = await request.get('/api/contributors?limit=1&depth=0', { headers })
  const contributor = (await contributors.json()).docs[0].id
  const text = (t: string) => ({
    type: 'text',
    text: t,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const paragraph = (children: unknown[]) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children,
  })
  const stamp = Date.now()
  const created = await request.post('/api/writings', {
    headers,
    data: {
      title: `Night shift <script>alert("title")</script> ${stamp}`,
      contributor,
      credit: 'penName',
      penName: `"><img src=x onerror=alert('pen')>`,
      form: 'poem',
      language: 'en',
      excerpt: `<svg onload=alert('excerpt')>`,
      consents: { publishOnline: true, printAndExhibit: false, readAloud: false, source: 'email' },
      editorialStatus: 'accepted',
      _status: 'published',
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            paragraph([text(`<img src=x onerror=alert('body')>`)]),
            paragraph([
              {
                type: 'link',
                version: 3,
                direction: null,
                format: '',
                indent: 0,
                fields: { url: "javascript:alert('link')", linkType: 'custom', newTab: false },
                children: [text('read more')],
              },
            ]),
          ],
        },
      },
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = await created.json()

  const problems = watch(page)
  for (const path of [
    `/writing/${doc.slug}`,
    `/es/writing/${doc.slug}`,
    '/writing',
    '/',
    `/search?q=${stamp}`,
  ]) {
    await page.goto(path)
    await expect(
      page.getByText(`Night shift <script>alert("title")</script> ${stamp}`).first(),
    ).toBeVisible()
  }
  await page.goto(`/writing/${doc.slug}`)
  const link = page.getByRole('link', { name: 'read more' })
  expect(await link.getAttribute('href')).not.toMatch(/javascript:/i)
  await link.click({ noWaitAfter: true }).catch(() => undefined)

  await page.goto('/admin')
  await page.waitForLoadState('networkidle')
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('link', { name: 'Writing', exact: true }).first()).toBeVisible()
  await page.goto(`/admin/collections/writings/${doc.id}`)
  await page.waitForLoadState('networkidle')
  await expect(page.getByText(`<img src=x onerror=alert('body')>`)).toBeVisible()
  await page.goto('/admin/collections/writings')
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])

  // Leave the demo as it was for the tests that count its pieces.
  await request.delete(`/api/writings/${doc.id}`, { headers })
})
