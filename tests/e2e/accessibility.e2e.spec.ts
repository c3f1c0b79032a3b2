import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { localized, publicRoutes } from './routes'

// WCAG 2.0–2.2 A and AA, plus the best-practice rules (one main landmark, content in regions,
// heading levels in order): no violation of any impact is accepted.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const viewports = { phone: { width: 360, height: 800 }, desktop: { width: 1280, height: 900 } }

// One page load per route and language, scanned at phone size, then again at desktop size.
test.describe('axe at phone and desktop sizes', () => {
  for (const route of publicRoutes)
    for (const lang of ['en', 'es'] as const)
      test(`${lang} ${route.path}`, async ({ page }) => {
        const found: string[] = []
        await page.setViewportSize(viewports.phone)
        await page.goto(localized(lang, route.path))
        for (const [size, viewport] of Object.entries(viewports)) {
          await page.setViewportSize(viewport)
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
          const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze()
          for (const v of violations)
            found.push(
              `${size}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            )
        }
        expect(found).toEqual([])
      })
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
