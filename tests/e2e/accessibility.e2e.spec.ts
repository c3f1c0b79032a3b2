import { createRequire } from 'node:module'

import { expect, test, type Page } from '@playwright/test'

import {
  htmlLang,
  languages,
  localized,
  message,
  publicRoutes,
  unpublished,
} from '../support/publicRoutes'

// WCAG 2.0–2.2 A and AA, plus the best-practice rules (one main landmark, content in regions,
// heading levels in order): no violation of any impact is accepted.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const viewports = { phone: { width: 360, height: 800 }, desktop: { width: 1280, height: 900 } }

// axe-core itself, loaded into every page before the page's own scripts, and run through its own
// API. @axe-core/playwright injects it again for each scan and runs it frame by frame: measured
// here, 2.3 s a scan against 0.4 s (the public pages have no frames), which is what makes six
// languages at two sizes fit in the suite's time.
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
test.beforeEach(async ({ context }) => context.addInitScript({ path: axeSource }))

type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] }
const violations = (page: Page) =>
  page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    })) as { violations: Violation[] }
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
    }))
  }, tags)

// One test per page, each language loaded once (the page tests and the scan share the load):
// the right status, `lang` and hreflang alternates, a sentence of its interface in its language,
// nothing unpublished, then axe at phone size and at desktop size.
test.describe('every public page in six languages, and axe at phone and desktop sizes', () => {
  for (const route of publicRoutes)
    test(route.path, async ({ page }) => {
      const found: string[] = []
      for (const lang of languages) {
        const url = localized(lang, route.path)
        await page.setViewportSize(viewports.phone)
        const response = await page.goto(url)
        expect(response?.status(), url).toBe(route.status ?? 200)
        await expect(page.locator('html'), url).toHaveAttribute('lang', htmlLang(lang))
        await expect(page.getByRole('main'), url).toContainText(message(lang, route.key))
        if (lang === 'en' || lang === 'es')
          await expect(page.getByRole('main'), url).toContainText(route[lang])
        await expect(page, url).toHaveTitle(new RegExp(message(lang, 'siteName')))
        if (!route.status && !route.private) {
          // Each page names its six versions (and English as the default) for search engines.
          const alternates = await page
            .locator('link[rel="alternate"][hreflang]')
            .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))
          expect(alternates.sort(), url).toEqual([...languages.map(htmlLang), 'x-default'].sort())
        }
        for (const title of unpublished)
          await expect(page.locator('body'), url).not.toContainText(title)
        for (const [size, viewport] of Object.entries(viewports)) {
          await page.setViewportSize(viewport)
          await expect(page.getByRole('heading', { level: 1 }), url).toBeVisible()
          for (const v of await violations(page))
            found.push(
              `${lang} ${size}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            )
        }
      }
      expect(found).toEqual([])
    })
})

test('the scan finds what it is there to find (negative control)', async ({ page }) => {
  await page.goto('/ht/art')
  // Planted before React hydrates, the faults would be undone by its re-render (seen under load).
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => {
    const img = document.createElement('img')
    img.src = '/icon.svg'
    document.querySelector('main')!.append(img)
    document.documentElement.removeAttribute('lang')
  })
  const ids = (await violations(page)).map((v) => v.id)
  expect(ids).toContain('image-alt')
  expect(ids).toContain('html-has-lang')
})

test('the language suggestion and the open language menu pass the same scan', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: viewports.phone })
  await context.addInitScript({ path: axeSource })
  const page = await context.newPage()
  await page.goto('/writing')
  await expect(page.getByRole('region', { name: '语言建议' })).toBeVisible()
  await page.locator('.lang-menu summary').click()
  await expect(page.locator('.lang-menu').getByRole('link', { name: '中文' })).toBeVisible()
  expect(await violations(page)).toEqual([])
  await context.close()
})

test('the skip link moves focus to the content, and filters work from the keyboard', async ({
  page,
}) => {
  await page.goto('/writing')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  await page.getByLabel('Form').focus()
  await page.getByLabel('Form').selectOption('essay')
  await page.keyboard.press('Tab') // language
  await page.keyboard.press('Tab') // topic
  await page.keyboard.press('Tab') // year
  await page.keyboard.press('Tab') // apply
  await expect(page.getByRole('button', { name: 'Apply filters' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/form=essay/)
})
