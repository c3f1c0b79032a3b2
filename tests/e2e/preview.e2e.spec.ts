import { expect, test } from '@playwright/test'

const password = process.env.SEED_PASSWORD || 'demo-password'

test('an editor previews a draft of a published piece; the public keeps the published one', async ({
  page,
  browser,
}) => {
  // Sign in through the API (the admin's own login endpoint sets the same cookie).
  const login = await page.request.post('/api/users/login', {
    data: { email: 'editor@example.com', password },
  })
  expect(login.ok()).toBe(true)
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const found = await page.request.get('/api/writings?where[slug][equals]=keys&depth=0')
  const { docs } = await found.json()
  const draftTitle = `Keys, revised ${Date.now()}`
  const saved = await page.request.patch(`/api/writings/${docs[0].id}?draft=true`, {
    data: { title: draftTitle },
    headers,
  })
  expect(saved.ok()).toBe(true)

  await page.goto('/preview?path=/writing/keys')
  await expect(page).toHaveURL(/\/writing\/keys$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
  await expect(page.getByRole('status').filter({ hasText: 'Draft preview' })).toBeVisible()

  const visitor = await browser.newContext()
  const publicPage = await visitor.newPage()
  await publicPage.goto('/writing/keys')
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText('Keys')
  expect((await publicPage.request.get('/preview?path=/writing/keys')).status()).toBe(403)
  await visitor.close()

  await page.getByRole('link', { name: 'Leave preview' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keys')
})
