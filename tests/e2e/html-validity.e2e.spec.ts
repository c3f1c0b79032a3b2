import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, test } from '@playwright/test'

import { languages, localized, publicRoutes } from '../support/publicRoutes'

const vnu = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
// An ordinary browser's user agent: Next treats crawlers differently (metadata placement).
const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36'

type Message = { type: string; url: string; message: string; extract?: string }

test('every public page is valid HTML (the W3C Nu checker, offline), in all six languages', async ({
  request,
}) => {
  test.setTimeout(180_000)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vv-vnu-'))
  try {
    const files = new Map<string, string>()
    for (const lang of languages)
      for (const [i, route] of publicRoutes.entries()) {
        const url = localized(lang, route.path)
        const res = await request.get(url, { headers: { 'User-Agent': BROWSER_UA } })
        expect(res.status(), url).toBe(route.status ?? 200)
        const file = path.join(dir, `${lang}-${i}.html`)
        await writeFile(file, await res.body())
        files.set(`file:${file}`, url)
      }
    const { stderr } = await promisify(execFile)(
      'java',
      ['-jar', vnu, '--errors-only', '--format', 'json', '--exit-zero-always', ...files.keys()].map(
        (a) => a.replace(/^file:/, ''),
      ),
      { maxBuffer: 32 * 1024 * 1024 },
    )
    const { messages } = JSON.parse(stderr) as { messages: Message[] }
    const errors = messages
      .filter((m) => m.type === 'error')
      .map((m) => `${files.get(m.url) ?? m.url}: ${m.message} ${m.extract ?? ''}`.trim())
    expect(errors).toEqual([])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
