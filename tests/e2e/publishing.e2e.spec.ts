import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { expect, test, type Page } from '@playwright/test'

/** Editors make the program's print and download files from the admin; readers download books. */

async function signIn(page: Page) {
  await page.goto('/admin')
  await page.waitForLoadState('networkidle')
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill(process.env.SEED_PASSWORD || 'demo-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test('an editor sees what an anthology leaves out and why, then downloads the print-ready book in one click', async ({
  page,
}) => {
  // The admin drives a whole edit view: on a loaded two-core machine it takes minutes, not seconds.
  test.slow()
  await signIn(page)
  await page.goto('/admin/collections/compilations')
  // Straight to the edit view's address (a client-side navigation from the list could sit for
  // more than 15 s on CI's machine while the list view was still hydrating).
  const href = await page
    .getByRole('link', { name: 'Many Tongues, One Table' })
    .getAttribute('href')
  await page.goto(href!)
  await expect(page).toHaveURL(/\/admin\/collections\/compilations\/[^/]+$/)
  const panel = page.locator('.vv-publishing')
  // The first edit view of an anthology builds the form state of every relationship field: on
  // CI's slower machine that took longer than the default 15 s (the run of 2026-11-30).
  await expect(panel.getByRole('heading', { name: 'Publishing' })).toBeVisible({ timeout: 45_000 })
  await expect(panel.getByRole('status')).toContainText('5 pieces will be included.')
  await expect(panel.getByRole('status')).toContainText(
    'La huelga de los tres días — no consent to print or exhibit',
  )
  await panel.getByLabel('Trim size').selectOption('a5')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'Book (PDF, print-ready)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('many-tongues-anthology-a5.pdf')
  const file = await download.path()
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+419\.5/)
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
  expect(text).toContain('母语')
  expect(text).not.toContain('La huelga')
})

test('an editor downloads an exhibition’s wall labels and an event program from their pages', async ({
  page,
}) => {
  await signIn(page)
  await page.goto('/admin/collections/exhibitions')
  await page.waitForLoadState('networkidle')
  await page.getByRole('link', { name: 'Hands at Work' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/exhibitions\/\d+/)
  const panel = page.locator('.vv-publishing')
  await expect(panel.getByRole('status')).toContainText('will be included')
  await panel.getByLabel('Paper').selectOption('a4')
  const [labels] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'Wall labels (PDF)' }).click(),
  ])
  expect(labels.suggestedFilename()).toBe('hands-at-work-labels-a4.pdf')

  await page.goto('/admin/collections/events')
  await page.waitForLoadState('networkidle')
  await page.getByRole('link', { name: 'Building Bridges Showcase' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/events\/\d+/)
  await page.waitForLoadState('networkidle')
  const [program] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.vv-publishing').getByRole('link', { name: 'Program (PDF)' }).click(),
  ])
  const text = execFileSync('pdftotext', [await program.path(), '-'], { encoding: 'utf8' })
  expect(text).toContain('Healey Library Lobby')
})

test('an editor downloads the impact report for a period as CSV from the dashboard', async ({
  page,
}) => {
  await signIn(page)
  const form = page.locator('.vv-report')
  await form.getByLabel('From').fill('2020-01-01')
  await form.getByLabel('To (inclusive)').fill('2026-12-31')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('impact-report-2020-01-01-to-2026-12-31.csv')
  const csv = readFileSync(await download.path(), 'utf8')
  expect(csv.split('\n')[0]).toBe('section,metric,value,from,to')
  expect(csv).toMatch(/^totals,events,4,2020-01-01,2026-12-31$/m)
})

test('a reader downloads a published anthology as an e-book, in English and in Spanish', async ({
  page,
}) => {
  await page.goto('/compilations/many-tongues')
  await expect(page.getByText('Download the book')).toBeVisible()
  const [epub] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'EPUB (e-reader)' }).click(),
  ])
  expect(epub.suggestedFilename()).toBe('many-tongues-anthology.epub')
  expect(
    readFileSync(await epub.path())
      .subarray(30, 58)
      .toString(),
  ).toBe('mimetypeapplication/epub+zip')

  await page.goto('/es/compilations/many-tongues')
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'PDF (para imprimir)' }).click(),
  ])
  const text = execFileSync('pdftotext', [await pdf.path(), '-'], { encoding: 'utf8' })
  expect(text).toContain('Índice')
})
