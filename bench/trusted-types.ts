// Whether the public pages work under Trusted Types (issue #16: "measure, then decide").
//
//   npx tsx bench/trusted-types.ts [http://localhost:3100]
//
// Against a running production server with the demo seeded: every public route in English and
// Spanish is opened in Debian's Chromium with `require-trusted-types-for 'script'` added to its
// policy in report-only mode, a link is followed on the client (Next's router) and the page's
// controls are used; every Trusted Types violation is counted with where it came from. Then the
// same pages with the directive enforced: does the page still hydrate and navigate?
import { chromium, type Page } from '@playwright/test'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/support/chromium.mjs'
import { publicRoutes } from '../tests/support/publicRoutes'

const base = process.argv[2] ?? process.env.APP_URL ?? 'http://localhost:3100'
const DIRECTIVE = "require-trusted-types-for 'script'"

type Violation = { sample: string; source: string }

async function open(page: Page, path: string, enforce: boolean) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue()
    const response = await route.fetch()
    const headers = { ...response.headers() }
    if (enforce) headers['content-security-policy'] += `; ${DIRECTIVE}`
    else headers['content-security-policy-report-only'] = DIRECTIVE
    await route.fulfill({ response, headers })
  })
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
}

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  const paths = publicRoutes
    .filter((r) => !r.status)
    .flatMap((r) => [r.path, r.path === '/' ? '/es' : `/es${r.path}`])
  const found = new Map<string, Violation[]>()
  let navigatedEnforced = 0
  for (const enforce of [false, true]) {
    for (const path of paths) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const violations: Violation[] = []
      await page.exposeFunction('__ttViolation', (v: Violation) => violations.push(v))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __ttViolation(v: unknown): void }).__ttViolation({
            sample: e.sample,
            source: `${e.sourceFile}:${e.lineNumber}`,
          }),
        )
      })
      await open(page, path, enforce)
      // Next's client router: follow the first internal link the page offers, then come back.
      const link = page.locator('main a[href^="/"]:not([href^="/api/"]):visible').first()
      if (await link.count()) {
        const before = page.url()
        await link.click({ timeout: 5000 }).catch(() => {})
        await page.waitForURL((u) => u.toString() !== before, { timeout: 10_000 }).catch(() => {})
        if (enforce && page.url() !== before) navigatedEnforced++
        await page.goBack()
      }
      if (!enforce) found.set(path, violations)
      else if (violations.length) found.set(`${path} (enforced)`, violations)
      await context.close()
    }
  }
  await browser.close()
  const total = [...found.values()].reduce((n, v) => n + v.length, 0)
  console.log(`| page | Trusted Types violations | first source |`)
  console.log(`| --- | --- | --- |`)
  for (const [path, v] of found)
    console.log(`| ${path} | ${v.length} | ${v[0] ? `${v[0].source} (${v[0].sample})` : ''} |`)
  console.log(
    `\n${paths.length} pages, ${total} violations; enforced: ${navigatedEnforced} client navigations completed`,
  )
}

void main()
