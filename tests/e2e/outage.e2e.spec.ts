import type { ChildProcess } from 'node:child_process'
import path from 'node:path'

import Database from 'libsql'
import { expect, test } from '@playwright/test'

import { startTestServer, waitUntilReady } from '../support/productionServer.mjs'

// An instance of its own, on a database file with a rollback journal (SQLITE_JOURNAL_MODE=delete,
// as on a network file system). There, another connection holding an exclusive lock is what an
// unavailable database looks like to the server: every query fails. (With the default
// write-ahead log, readers never wait for a lock, so no other process can take reads away.)
const PORT = 3321
let server: ChildProcess
let databaseFile: string
test.beforeAll(async () => {
  test.setTimeout(180_000)
  const started = startTestServer({
    name: 'outage',
    port: PORT,
    stdio: 'ignore',
    env: { SQLITE_JOURNAL_MODE: 'delete' },
  })
  server = started.server
  databaseFile = path.join(started.dir, 'voice.sqlite')
  await waitUntilReady(`http://localhost:${PORT}`)
})
test.afterAll(() => {
  server?.kill('SIGTERM')
})

test.use({ baseURL: `http://localhost:${PORT}` })

// Another process holding the file: one connection of its own (a pooled client may run BEGIN and
// ROLLBACK on different connections).
let lock: InstanceType<typeof Database> | undefined
test.afterEach(async () => {
  try {
    lock?.exec('ROLLBACK')
  } catch {
    // Not in a transaction any more.
  }
  lock?.close()
  lock = undefined
})

test('while the database is down: cached pages serve, others say 503 in their language, the form says try later; then it recovers', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const term = `outage${Date.now()}`
  expect((await request.get('/writing')).status()).toBe(200) // now in the data cache

  lock = new Database(databaseFile)
  lock.exec('PRAGMA busy_timeout = 15000') // wait for the server's own writes to end
  lock.exec('BEGIN EXCLUSIVE')

  const cached = await request.get('/writing')
  expect(cached.status()).toBe(200)
  expect(await cached.text()).toContain('Night Shift')

  const response = await page.goto(`/search?q=${term}`)
  expect(response?.status()).toBe(503)
  expect(response?.headers()['retry-after']).toBe('30')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This page can’t be shown right now',
  )
  await expect(page.getByText('The archive is briefly unavailable.')).toBeVisible()
  expect(await page.content()).not.toMatch(/SQLITE|at async|\.js:\d+/)

  const spanish = await page.goto(`/es/search?q=${term}`)
  expect(spanish?.status()).toBe(503)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'No podemos mostrar esta página ahora',
  )

  await page.goto('/submit')
  await page.getByLabel('Title').fill(`Written during the outage ${term}`)
  await page.getByLabel('Publish it on this website').check()
  await page.getByLabel('Email').fill('outage.e2e@example.org')
  await page.getByLabel('Kind of writing').selectOption('poem')
  await page.getByLabel('Your name as it should appear').fill('Night Porter')
  await page.getByLabel('Your text').fill('The lights went out on the third floor.')
  await page.getByRole('button', { name: 'Send my work' }).click()
  await expect(
    page.getByText('The archive is briefly unavailable and nothing was saved.'),
  ).toBeVisible()
  await expect(page.getByLabel('Your text')).toHaveValue('The lights went out on the third floor.')

  // The database comes back: the server answers again without a restart (within seconds:
  // right after an outage it waits a moment before asking the database again).
  lock.exec('ROLLBACK')
  lock.close()
  lock = undefined
  await expect
    .poll(async () => (await request.get(`/search?q=${term}`)).status(), { timeout: 20_000 })
    .toBe(200)
  const back = await page.goto(`/search?q=${term}`)
  expect(back?.status()).toBe(200)
  await page.goto('/submit')
  await page.getByLabel('Title').fill(`Written after the outage ${term}`)
  await page.getByLabel('Publish it on this website').check()
  await page.getByLabel('Email').fill('outage.e2e@example.org')
  await page.getByLabel('Kind of writing').selectOption('poem')
  await page.getByLabel('Your name as it should appear').fill('Night Porter')
  await page.getByLabel('Your text').fill('The lights came back.')
  // Right after the outage a save can still be refused (in full runs, while the server's other
  // connections let go of the file): the form then says nothing was saved and to send again, and
  // keeps the text. The worker sends again, as it asks, until the piece is received.
  const thanks = page.getByText('Thank you! We received your work.')
  await expect(async () => {
    if (await thanks.isVisible()) return
    await page.getByRole('button', { name: 'Send my work' }).click({ timeout: 2_000 })
    await expect(thanks).toBeVisible({ timeout: 8_000 })
  }).toPass({ timeout: 45_000 })
})
