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

test('the admin’s live preview shows the draft beside the form and follows each save', async ({
  page,
}) => {
  const login = await page.request.post('/api/users/login', {
    data: { email: 'editor@example.com', password },
  })
  expect(login.ok()).toBe(true)
  const found = await page.request.get('/api/writings?where[slug][equals]=keys&depth=0')
  const { docs } = await found.json()
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.goto(`/admin/collections/writings/${docs[0].id}`)
  // The admin remembers whether the editor left the live preview open (their preferences).
  await expect(page.getByRole('button', { name: /Live Preview$/ })).toBeVisible()
  const open = page.getByRole('button', { name: 'Live Preview', exact: true })
  if (await open.isVisible()) await open.click()
  const frame = page.frameLocator('#live-preview-iframe')
  await expect(frame.getByRole('status').filter({ hasText: 'Draft preview' })).toBeVisible()
  await expect(frame.getByRole('heading', { level: 1 })).not.toHaveText('')

  const revised = `Keys, live ${Date.now()}`
  await page.locator('#field-title').fill(revised)
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(revised)
  // The public still reads the published title.
  const visitor = await page.context().browser()!.newContext()
  const publicPage = await visitor.newPage()
  await publicPage.goto('/writing/keys')
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText('Keys')
  await visitor.close()
  // Close it again: the admin would reopen it for this editor everywhere (other tests' edit views).
  const saved = page.waitForResponse((r) => r.url().includes('/api/payload-preferences/'))
  await page.getByRole('button', { name: 'Exit Live Preview' }).click()
  await saved
  await expect(page.getByRole('button', { name: 'Live Preview', exact: true })).toBeVisible()
})
