// Scripts that write behind the running server refresh its cached pages themselves (issue #16):
// an UpFront! episode imported while the server runs is on the archive at the next request.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { productionEnv, root } from '../support/productionServer.mjs'

test('an episode imported while the server runs is on the archive at the next request', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const title = 'Refreshed Without a Restart'
  await page.goto('/upfront')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(title)).toHaveCount(0)
  const again = await page.request.get('/upfront')
  expect(again.headers()['x-nextjs-cache']).toBe('HIT') // served from the page cache

  const dir = mkdtempSync(path.join(os.tmpdir(), 'vv-import-'))
  try {
    const csv = path.join(dir, 'one.csv')
    writeFileSync(
      csv,
      'number,guid,title,air_date,season,summary,show_notes,audio_url,audio_bytes,audio_type,duration,guests,interviews,transcript\n' +
        `9001,https://upfront-radio.example.org/?p=9001,${title},${new Date().toISOString().slice(0, 10)},,A new one.,Notes.,https://media.upfront-radio.example.org/upfront-9001.mp3,1000,audio/mpeg,00:28:00,,,\n`,
    )
    const port = new URL(baseURL!).port
    const env = productionEnv({
      dir: path.join(root, 'tests/.tmp/e2e'),
      port,
      database: 'voice.sqlite',
    })
    const run = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      ['--conditions=production', 'scripts/import-upfront.ts', csv],
      { cwd: root, env, encoding: 'utf8' },
    )
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain(
      `The running site at http://localhost:${port} refreshed its pages.`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  await page.goto('/upfront')
  await expect(page.getByText(title).first()).toBeVisible()
  await page.goto('/upfront/9001')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title)
})
