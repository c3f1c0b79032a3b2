import { expect, test } from '@playwright/test'

test('the seeded editor publishes a piece: it shows on the home and archive pages, and unpublishing removes it', async ({
  page,
}) => {
  // Sign-in, two edit views, three saves and the public pages: three times the usual minute, for
  // a loaded two-core machine (it ran out of time here once while other work shared the cores).
  test.slow()
  const title = `A poem from the loading dock ${Date.now()}`

  await page.goto('/admin')
  await expect(page.getByText('Voice & Visibility').first()).toBeVisible()
  // The login form is a React form: wait until it is live before typing into it.
  await page.waitForLoadState('networkidle')
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill(process.env.SEED_PASSWORD || 'demo-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: 'Writing', exact: true }).first()).toBeVisible()

  await page.goto('/admin/collections/writings/create')
  await page.waitForLoadState('networkidle')
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible()
  await page.getByLabel('Title').fill(title)
  const editor = page.locator('[contenteditable="true"]').first()
  await editor.click()
  await page.keyboard.type('The trucks arrive before the sun.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('We unload the morning.')

  // Sidebar: who wrote it, how it is credited, and the editorial decision.
  const contributor = page.locator('#field-contributor')
  await contributor.click()
  await page.keyboard.type('Rosa')
  await page.getByRole('option', { name: 'Rosa Martínez' }).click()
  const status = page.locator('#field-editorialStatus')
  await status.click()
  await page.getByRole('option', { name: 'Accepted' }).click()

  // Consent is never assumed: publishing without it is refused, with the reason.
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/consent/i).first()).toBeVisible()
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/writings\/\d+/)
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible()
  await expect(page.locator('#field-state')).toContainText('Accepted — not yet public')
  // The editor records it, and how the writer gave it.
  await page.getByLabel('Publish online').check()
  await page.locator('#field-consents__source').click()
  await page.getByRole('option', { name: 'Signed paper form' }).click()

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Status' })).toContainText('Published')
  await page.reload()
  await expect(page.locator('#field-state')).toContainText('Public')
  const editUrl = page.url()

  await page.goto('/')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  await expect(page.getByRole('link', { name: title }).locator('xpath=ancestor::li')).toContainText(
    'Rosa Martínez',
  )

  await page.goto('/writing')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  await page.goto('/es/writing')
  await expect(page.getByRole('link', { name: title })).toBeVisible()

  // Unpublish from the document's menu; the archive drops it on the next request.
  await page.goto(editUrl)
  await page.waitForLoadState('networkidle')
  await page.locator('.doc-controls__popup .popup-button').click()
  await page.getByRole('button', { name: 'Unpublish', exact: true }).click()
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText('Unpublished successfully.')).toBeVisible()

  await page.goto('/writing')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Writing')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
  await page.goto('/')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
})
