import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'

test('the language menu lists each language in its own name and keeps the page and its filters', async ({
  page,
}) => {
  await page.goto('/writing?language=pt')
  const menu = page.locator('.lang-menu')
  await menu.locator('summary').click()
  for (const name of ['English', 'Español', 'Português', 'Kreyòl ayisyen', '中文', 'Tiếng Việt'])
    await expect(menu.getByRole('link', { name, exact: true })).toBeVisible()
  await menu.getByRole('link', { name: 'Kreyòl ayisyen' }).click()
  await expect(page).toHaveURL(/\/ht\/writing\?language=pt$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ht')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ekriti')
  await page.locator('.lang-menu summary').click()
  await page.locator('.lang-menu').getByRole('link', { name: '中文' }).click()
  await expect(page).toHaveURL(/\/zh\/writing\?language=pt$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  await page.locator('.lang-menu summary').click()
  await page.locator('.lang-menu').getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/writing\?language=pt$/)
})

test('a browser that asks for Vietnamese is offered the page in Vietnamese, in Vietnamese; the choice is remembered', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'vi-VN' })
  const page = await context.newPage()
  await page.goto('/art')
  const offer = page.getByRole('region', { name: 'Gợi ý ngôn ngữ' })
  await expect(offer).toContainText('Trang web này cũng có bằng tiếng Việt.')
  await expect(offer).toHaveAttribute('lang', 'vi')
  // A suggestion, not a redirect: the English page stays where it was asked for.
  await expect(page).toHaveURL(/\/art$/)
  await offer.getByRole('link', { name: 'Đọc trang này bằng tiếng Việt' }).click()
  await expect(page).toHaveURL(/\/vi\/art$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nghệ thuật')
  // Back on an English page, "No, thanks" is remembered as a choice of English.
  await page.goto('/events')
  await page.getByRole('button', { name: 'Không, cảm ơn' }).click()
  await expect(page.getByRole('region', { name: 'Gợi ý ngôn ngữ' })).toHaveCount(0)
  await page.goto('/writing')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Writing')
  await expect(page.getByRole('region', { name: 'Gợi ý ngôn ngữ' })).toHaveCount(0)
  await context.close()

  // A browser that asks for English (or a language the site does not speak) sees no suggestion.
  const english = await browser.newContext({ locale: 'en-US' })
  const plain = await english.newPage()
  await plain.goto('/art')
  await expect(plain.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(plain.locator('.lang-suggestion')).toHaveCount(0)
  await english.close()
})

test('writing filters and pagination return the right pieces', async ({ page }) => {
  await page.goto('/writing')
  await expect(page.getByText('Page 1 of 2')).toBeVisible()
  await page.getByRole('link', { name: /Next/ }).click()
  await expect(page.getByText('Page 2 of 2')).toBeVisible()

  await page.goto('/writing')
  await page.getByLabel('Language').selectOption('pt')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/language=pt/)
  const titles = page.getByRole('main').getByRole('heading', { level: 2 })
  await expect(page.getByText('2 pieces')).toBeVisible()
  expect((await titles.allInnerTexts()).sort()).toEqual([
    'Eu limpo, eu escrevo',
    'Meu primeiro salário neste país',
  ])

  await page.getByLabel('Form').selectOption('poem')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible()
})

test('the UpFront! archive finds a guest’s episodes and searches by words', async ({ page }) => {
  await page.goto('/upfront')
  // No list of every guest on the page (1,300 of them in the archive): their names are words.
  await expect(page.getByLabel('Guest', { exact: true })).toHaveCount(0)
  await page.getByLabel('Words or a guest’s name').fill('alicia moreno')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  const episodes = page.getByRole('main').getByRole('heading', { level: 2 })
  // Asked until the filtered page has replaced the whole archive's (the click navigates).
  const titles = () => expect.poll(async () => (await episodes.allInnerTexts()).sort())
  await titles().toEqual(['Students in Solidarity', 'Who Cleans the Campus'])
  // A link that filters by one guest shows whom, and the filter can be cleared.
  await page.goto('/upfront?guest=dr-alicia-moreno')
  await expect(page.getByLabel('Guest', { exact: true })).toHaveValue('dr-alicia-moreno')
  await titles().toEqual(['Students in Solidarity', 'Who Cleans the Campus'])
  await page.getByLabel('Guest', { exact: true }).selectOption({ label: 'Any' })
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(episodes).toHaveCount(12)
  await page.goto('/upfront')
  await page.getByLabel('Words or a guest’s name').fill('cooperatives')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(episodes).toHaveText(['Owning the Work: Cooperatives'])
})

test('search ignores accents and case, with type facets', async ({ page }) => {
  await page.goto('/search')
  await page.getByLabel('Search the archive').fill('jose')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=jose/)
  await expect(page.getByRole('link', { name: 'Cleaning the Library' })).toBeVisible()
  await page.getByLabel('Search the archive').fill('ETIENNE')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('link', { name: 'Marie-Claude Étienne', exact: true })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Type of result' })
    .getByRole('link', { name: /Guests/ })
    .click()
  await expect(
    page.getByRole('navigation', { name: 'Type of result' }).getByRole('link', { name: /Guests/ }),
  ).toHaveAttribute('aria-current', 'page')
  const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem')
  await expect(results).toHaveCount(1)
  await expect(results).toContainText('Marie-Claude Étienne')
})

test('search shows a few results of each type, each leading to all of its results a page at a time', async ({
  page,
}) => {
  await page.goto('/search?q=the')
  const writing = page.getByRole('region', { name: /^Writing \(\d+\)$/ })
  const total = Number((await writing.getByRole('heading').first().textContent())!.match(/\d+/)![0])
  expect(total).toBeGreaterThan(5)
  await expect(writing.getByRole('listitem')).toHaveCount(5)
  await writing.getByRole('link', { name: `All ${total} results in Writing →` }).click()
  await expect(page).toHaveURL(/type=writings/)
  const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem')
  await expect(results).toHaveCount(Math.min(total, 20))
  if (total > 20) {
    const first = await results.first().textContent()
    await page.getByRole('link', { name: 'Next →' }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(results.first()).not.toHaveText(first!)
  }
})

test('a piece reads with its credit, translation and topics, and its metadata', async ({
  page,
}) => {
  await page.goto('/writing/night-shift')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Night Shift at the Dining Hall')
  await expect(page.getByRole('link', { name: 'Rosa Martínez' })).toHaveAttribute(
    'href',
    '/contributors/rosa-martinez',
  )
  await expect(page.getByRole('link', { name: /Turno de noche en el comedor/ })).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/writing\/night-shift$/,
  )
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
    'href',
    /\/es\/writing\/night-shift$/,
  )
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    'Night Shift at the Dining Hall',
  )
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute(
    'content',
    /^http/,
  )

  await page.goto('/writing/what-we-carry')
  await expect(page.locator('.reading__byline')).toContainText('Anonymous worker')
  await page.goto('/es/writing/what-we-carry')
  await expect(page.locator('.reading__byline')).toContainText('Trabajador/a anónimo/a')
})

test('an artwork shows its images, which open full size', async ({ page }) => {
  await page.goto('/art/steam-and-light')
  const images = page.getByRole('main').getByRole('img')
  await expect(images).toHaveCount(2)
  for (const img of await images.all()) {
    await expect(img).toHaveAttribute('alt', /.+/)
    await expect(img).toHaveAttribute('srcset', /webp \d+w/)
  }
  await page
    .getByRole('link', { name: /Enlarge image/ })
    .first()
    .click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('link', { name: 'Hands at Work' })).toBeVisible()
})

test('an episode plays, seeks to a chapter and to a moment of its transcript', async ({ page }) => {
  await page.goto('/upfront/455')
  const audio = page.locator('audio')
  await expect(audio).toHaveAttribute('controls', '')
  // The browser loads the audio's metadata: it knows how long the episode is.
  await expect
    .poll(() => audio.evaluate((el: HTMLAudioElement) => (el.readyState >= 1 ? el.duration : 0)))
    .toBeGreaterThan(5)
  await expect(page.getByRole('link', { name: 'Read the transcript' })).toBeVisible()

  await page.getByRole('button', { name: /Yolanda Price on owning the work/ }).click()
  await expect
    .poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime))
    .toBeGreaterThanOrEqual(3)

  // The transcript sits beside the player; its times are links that seek it, by keyboard too.
  const transcript = page.getByRole('region', { name: 'Transcript' })
  await expect(transcript).toContainText('HOST: Welcome, Joe Nakamura.')
  await audio.evaluate((el: HTMLAudioElement) => el.pause())
  const moment = transcript.getByRole('link', { name: 'Play from 0:01' })
  await moment.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/upfront\/455$/) // no page load: the player seeked
  await expect
    .poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime))
    .toBeGreaterThanOrEqual(1)
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeLessThan(3)
})

test('the transcript page reads on its own and offers the timed transcript as WebVTT', async ({
  page,
  request,
}) => {
  await page.goto('/upfront/455/transcript')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Transcript')
  await expect(page.getByRole('main')).toContainText('YOLANDA PRICE: Thank you for having me.')
  const vtt = await request.get(
    (await page.getByRole('link', { name: 'Timed transcript (WebVTT)' }).getAttribute('href'))!,
  )
  expect(vtt.headers()['content-type']).toContain('text/vtt')
  const text = await vtt.text()
  expect(text.startsWith('WEBVTT')).toBe(true)
  expect(text).toContain('00:00:03.000 --> 00:00:04.000\n<v HOST>Welcome, Yolanda Price.')
})

test('a guest page lists their episodes and interviews, newest first', async ({ page }) => {
  await page.goto('/guests/joe-nakamura')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joe Nakamura')
  const episodes = page.getByRole('region', { name: 'Episodes' }).getByRole('link')
  await expect(episodes.first()).toContainText('Owning the Work: Cooperatives')
  await episodes.first().click()
  await expect(page).toHaveURL(/\/upfront\/455$/)
})

test('the calendar feed parses as iCalendar with every event', async ({ request }) => {
  const response = await request.get('/events/calendar.ics')
  expect(response.headers()['content-type']).toContain('text/calendar')
  const calendar = new ICAL.Component(ICAL.parse(await response.text()))
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e))
  expect(events.map((e) => e.summary).sort()).toEqual([
    'Building Bridges Showcase',
    'Hands at Work: Opening Night',
    'Spring Worker Writers Reading',
    'UpFront! Live: Episode 455',
  ])
  const showcase = events.find((e) => e.summary === 'Building Bridges Showcase')!
  expect(showcase.startDate.toJSDate().toISOString()).toBe('2026-12-10T22:00:00.000Z')
  expect(showcase.location).toContain('Healey Library Lobby')
})

test('sitemap and robots list public pages only', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/writing/night-shift</loc>')
  expect(sitemap).toContain('/es/writing/night-shift</loc>')
  expect(sitemap).toContain('/upfront/455</loc>')
  expect(sitemap).not.toContain('pantry-on-floor-b')
  expect(sitemap).not.toContain('/contributors/marcus-lee')
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Sitemap:')
  expect(robots).toContain('Disallow: /admin')
})

test('the numbers page draws its chart without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/numbers')
  await expect(page.getByRole('img', { name: /Published work per year/ })).toBeVisible()
  await expect(page.getByRole('table')).toContainText('Year')
  await context.close()
})

test('the podcast feed lists the published episodes; audio answers range requests', async ({
  request,
}) => {
  const response = await request.get('/upfront/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const xml = await response.text()
  expect(xml.match(/<item>/g)).toHaveLength(12)
  expect(xml).toContain('<itunes:episode>455</itunes:episode>')
  const enclosure = xml.match(/<enclosure url="([^"]+)" length="(\d+)" type="([^"]+)"/)!
  const audioPath = new URL(enclosure[1]).pathname
  const full = await request.get(audioPath)
  expect(full.status()).toBe(200)
  expect(full.headers()['content-type']).toBe(enclosure[3])
  expect(full.headers()['content-length']).toBe(enclosure[2])
  expect(full.headers()['accept-ranges']).toBe('bytes')
  expect((await full.body()).length).toBe(Number(enclosure[2]))
  const part = await request.get(audioPath, { headers: { Range: 'bytes=0-99' } })
  expect(part.status()).toBe(206)
  expect(part.headers()['content-range']).toBe(`bytes 0-99/${enclosure[2]}`)
  expect(part.headers()['content-length']).toBe('100')
  const bytes = await part.body()
  expect(bytes.subarray(0, 4).toString()).toBe('RIFF') // the file's own first bytes
  expect(bytes).toEqual((await full.body()).subarray(0, 100))

  const cover = await request.get('/upfront/cover.jpg')
  expect(cover.headers()['content-type']).toBe('image/jpeg')
  const body = await cover.body()
  expect(body.subarray(0, 2).toString('hex')).toBe('ffd8')
})
