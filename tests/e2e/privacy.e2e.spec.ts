import { expect, test } from '@playwright/test'

import { demoContributors } from '../../src/seed/data/people'

/** Every private value the demo holds: none may reach a public surface. */
const privateValues = demoContributors.flatMap((c) => [c.legalName, c.email, c.phone, c.workplace])

const expectNothingPrivate = (body: string, where: string) => {
  const leaked = privateValues.filter((secret) => body.includes(secret))
  expect(leaked, `${where} leaks private values`).toEqual([])
}

test('REST responses carry no private contributor data, at any depth', async ({ request }) => {
  for (const url of [
    '/api/contributors?depth=2&limit=100',
    '/api/writings?depth=3&limit=100',
    '/api/artworks?depth=2&limit=100',
    '/api/events?depth=3&limit=100',
    '/api/compilations?depth=3&limit=100',
  ]) {
    const res = await request.get(url)
    expect(res.status(), url).toBe(200)
    const body = await res.text()
    expect(JSON.parse(body).docs.length, url).toBeGreaterThan(0)
    expectNothingPrivate(body, url)
  }
})

test('GraphQL refuses private contributor fields to the public', async ({ request }) => {
  const res = await request.post('/api/graphql', {
    data: {
      query: `{
        Contributors(limit: 100) { docs { displayName legalName email phone workplace union editorNotes } }
        Writings(limit: 100) { docs { title byline contributor { displayName legalName email } } }
      }`,
    },
  })
  const body = await res.text()
  expect(body).toContain('Rosa Martínez')
  expectNothingPrivate(body, 'GraphQL')
})

test('anonymous work shows no contributor in REST', async ({ request }) => {
  const res = await request.get('/api/writings?where[credit][equals]=anonymous&depth=2')
  const { docs } = await res.json()
  expect(docs.length).toBeGreaterThan(0)
  for (const doc of docs) expect(doc.contributor).toBeUndefined()
})

test('the home page shows published work and nothing private', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Voice & Visibility' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Latest writing' })).toBeVisible()
  expectNothingPrivate(await page.content(), 'home page')
  // Submissions still in the queue are not public.
  await expect(page.getByText('The Pantry on Floor B')).toHaveCount(0)
})
