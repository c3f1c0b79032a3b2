import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'

import { localized, message, type Language } from '../support/publicRoutes'

const password = process.env.SEED_PASSWORD || 'demo-password'
// Private details a contributor gives: they must never show on a public page.
const privateDetails = {
  email: 'night.cook.e2e@example.org',
  phone: '617 555 0188',
  workplace: 'Kitchen Basement Unit Zeta',
  union: 'Local 26 Zeta Chapter',
}

/** A visitor's address of its own for this test and this try of it (behind the trusted proxy). */
function visitorAddress({ testId, retry }: { testId: string; retry: number }) {
  let hash = 0
  for (const char of testId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return `10.${retry & 255}.${(hash >> 8) & 255}.${hash & 255}`
}

test.use({
  viewport: { width: 360, height: 800 },
  // Submissions count against their address (5 in 10 minutes): each test, and each retry of it,
  // comes from its own, so a retried test does not use up the next test's.
  // Playwright reads a fixture's first argument as a pattern of the fixtures it needs: none.
  extraHTTPHeaders: async ({}, provide, testInfo) => {
    await provide({ 'X-Forwarded-For': visitorAddress(testInfo) })
  },
})

async function fillCommon(page: Page, title: string) {
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Publish it on this website').check()
  await page.getByLabel('Email').fill(privateDetails.email)
  await page.getByLabel('Phone').fill(privateDetails.phone)
  await page.getByLabel('Where you work (department)').fill(privateDetails.workplace)
  await page.getByLabel('Union or local').fill(privateDetails.union)
}

async function receiptLink(page: Page) {
  await expect(page.getByText('Thank you! We received your work.')).toBeVisible()
  await expect(page.getByText('Received: it is waiting for an editor.')).toBeVisible()
  return page.url().replace(/\?received=1$/, '')
}

async function editorAcceptsAndPublishes(page: Page, collection: string, title: string) {
  await page.goto('/admin')
  await page.waitForLoadState('networkidle')
  // Either the sign-in form or, already signed in, the dashboard.
  const queue = page.getByRole('region', { name: 'Review queue' })
  await page.getByLabel('Email').or(queue).first().waitFor()
  if (await page.getByLabel('Email').isVisible()) {
    await page.getByLabel('Email').fill('editor@example.com')
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
  }
  // The dashboard's review queue links to the submissions waiting, oldest first.
  await expect(queue).toBeVisible()
  const row = queue.getByRole('row', { name: collection === 'writings' ? /^Writing/ : /^Art/ })
  await row.getByRole('link').first().click()
  await expect(page).toHaveURL(
    /where%5BeditorialStatus%5D%5Bequals%5D=submitted|where\[editorialStatus\]\[equals\]=submitted/,
  )
  await page.waitForLoadState('networkidle')
  // The piece's row links to it (the art list's row has its thumbnail first: follow the link).
  const href = await page.getByRole('link', { name: title }).first().getAttribute('href')
  await page.goto(href!)
  await expect(page).toHaveURL(new RegExp(`/admin/collections/${collection}/\\d+`))
  await page.waitForLoadState('networkidle')
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible()
  await expect(page.locator('#field-state')).toContainText('Waiting for review')
  await page.locator('#field-editorialStatus').click()
  await page.getByRole('option', { name: 'Accepted' }).click()
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Status' })).toContainText('Published')
  await page.reload()
  await expect(page.locator('#field-state')).toContainText('Public')
}

async function expectNothingPrivate(page: Page) {
  const html = await page.content()
  for (const value of Object.values(privateDetails)) expect(html).not.toContain(value)
}

test('a poem under a pen name: submit, receipt, editor publishes, public page and status link', async ({
  page,
  browser,
}) => {
  const title = `Steam at Six ${Date.now()}`
  await page.goto('/submit')
  await fillCommon(page, title)
  await page.getByLabel('Kind of writing').selectOption('poem')
  await page.getByLabel('Your text').fill('The dish machine sings\nat six in the morning.')
  await page.getByLabel('A pen name').check()
  await page.getByRole('textbox', { name: 'Pen name' }).fill('Dishwasher Poet')
  await page.getByRole('button', { name: 'Send my work' }).click()
  const statusUrl = await receiptLink(page)

  const editor = await browser.newPage()
  await editorAcceptsAndPublishes(editor, 'writings', title)
  await editor.close()

  await page.goto('/writing')
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.locator('.reading__byline')).toContainText('Dishwasher Poet')
  await expectNothingPrivate(page)

  await page.goto(statusUrl)
  await expect(page.getByText('Published.')).toBeVisible()
  await page.getByRole('link', { name: 'Read it on the site' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  const pieceUrl = page.url()

  // The worker changes their mind: withdrawn, it is gone from the site on the next request.
  await page.goto(statusUrl)
  await page.getByRole('button', { name: 'Withdraw my submission' }).click()
  await expect(page.getByText('Withdrawn at your request.')).toBeVisible()
  expect((await page.request.get(pieceUrl)).status()).toBe(404)
  await page.goto('/writing')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
})

test('an anonymous artwork with two images: no name or contributor link anywhere public', async ({
  page,
  browser,
}) => {
  const title = `Boiler Gauges ${Date.now()}`
  const png = (colour: string) =>
    sharp({ create: { width: 800, height: 600, channels: 3, background: colour } })
      .png()
      .toBuffer()
  await page.goto('/submit')
  await page.getByLabel('Art (photos of your work)').check()
  await fillCommon(page, title)
  await page.getByLabel('Photos of the work').setInputFiles([
    { name: 'front.png', mimeType: 'image/png', buffer: await png('#b3261e') },
    { name: 'detail.png', mimeType: 'image/png', buffer: await png('#1f5f8b') },
  ])
  await page
    .getByLabel('Describe the work for people who cannot see it')
    .fill('Red and blue gauges')
  await page.getByLabel('Materials (for example: acrylic on canvas)').fill('Oil pastel')
  await page.getByLabel('Anonymous', { exact: true }).check()
  await page.getByRole('button', { name: 'Send my work' }).click()
  const statusUrl = await receiptLink(page)

  const editor = await browser.newPage()
  await editorAcceptsAndPublishes(editor, 'artworks', title)
  await editor.close()

  await page.goto('/art')
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('main').getByRole('img')).toHaveCount(2)
  await expect(page.locator('.reading__byline')).toHaveText('Anonymous worker')
  await expect(page.locator('a[href^="/contributors/"]')).toHaveCount(0)
  await expectNothingPrivate(page)
  const api = await (
    await page.request.get(
      `/api/artworks?where[title][equals]=${encodeURIComponent(title)}&depth=2`,
    )
  ).text()
  expect(api).not.toContain('"contributor"')
  for (const value of Object.values(privateDetails)) expect(api).not.toContain(value)

  await page.goto(statusUrl)
  await expect(page.getByText('Published.')).toBeVisible()
})

test('refusals are explained beside the field, in Spanish, and nothing is lost from the form', async ({
  page,
}) => {
  await page.goto('/es/submit')
  await page.getByLabel('Título').fill('Mi poema')
  await page.getByLabel('Correo electrónico').fill('no-es-un-correo')
  await page.getByRole('button', { name: 'Enviar mi obra' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'Por favor revise los campos señalados.' }),
  ).toBeVisible()
  await expect(page.getByLabel('Su texto')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Su texto')).toHaveAccessibleDescription(
    /Por favor complete este campo\./,
  )
  await expect(page.getByLabel('Correo electrónico')).toHaveAccessibleDescription(
    /No parece una dirección de correo electrónico\./,
  )
  await expect(
    page.getByText('Elija al menos un lugar donde podamos compartir su obra.'),
  ).toBeVisible()
  await expect(page.getByLabel('Título')).toHaveValue('Mi poema')

  // A file that is not an image, whatever its name, is refused by its bytes.
  await page.getByLabel('Arte (fotos de su obra)').check()
  await page.getByLabel('Fotos de la obra').setInputFiles({
    name: 'foto.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  })
  await page.getByLabel('Publicarla en este sitio web').check()
  await page.getByRole('button', { name: 'Enviar mi obra' }).click()
  await expect(
    page.getByText('Uno de los archivos no es una foto que podamos aceptar'),
  ).toBeVisible()
})

test('in Spanish without JavaScript: submit, receipt, and withdraw', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 800 },
  })
  const page = await context.newPage()
  const title = `Testimonio sin script ${Date.now()}`
  await page.goto('/es/submit')
  await page.getByLabel('Título').fill(title)
  await page.getByLabel('Tipo de escrito').selectOption('testimony')
  await page.getByLabel('Su texto').fill('Lo escribí en mi descanso.')
  await page.getByLabel('Anónimo', { exact: true }).check()
  await page.getByLabel('Leerla en UpFront! o en un evento').check()
  await page.getByRole('button', { name: 'Enviar mi obra' }).click()
  await expect(page).toHaveURL(/\/es\/submit\/status\/[A-Za-z0-9_-]{32}\?received=1$/)
  await expect(page.getByText('¡Gracias! Recibimos su obra.')).toBeVisible()
  await expect(page.getByText('Recibida: está esperando a un editor.')).toBeVisible()
  await page.getByRole('button', { name: 'Retirar mi envío' }).click()
  await expect(page.getByText('Retirada a petición suya.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Retirar mi envío' })).toHaveCount(0)
  await context.close()
})

/** A label that begins with this text (a required field's label ends with "required"). */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

// A worker who reads only Haitian Creole, or only Chinese, goes through the whole flow on a phone
// without meeting a sentence in another language.
for (const lang of ['ht', 'zh'] as Language[])
  test(`the whole submission flow in ${lang}: a refused file, the receipt, the status, withdrawing`, async ({
    page,
  }) => {
    const m = (key: string) => message(lang, key)
    const english = ['Send my work', 'Thank you', 'Received:', 'Withdraw', 'Please ']
    const noEnglish = async () => {
      const text = await page.getByRole('main').innerText()
      for (const phrase of english) expect(text, phrase).not.toContain(phrase)
    }
    await page.goto(localized(lang, '/submit'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m('submit.title'))
    await noEnglish()
    const title = `${lang === 'zh' ? '夜班' : 'Lannuit'} ${Date.now()}`
    await page.getByLabel(m('submit.kinds.artwork'), { exact: true }).check()
    await page.getByRole('textbox', { name: m('submit.titleLabel') }).fill(title)
    // A file that says it is a JPEG but is not one is refused, in the worker's language.
    await page.getByLabel(startsWith(m('submit.images'))).setInputFiles({
      name: 'foto.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('not an image at all'),
    })
    await page
      .getByLabel(m('submit.imageDescription'))
      .fill(lang === 'zh' ? '厨房的蒸汽' : 'Vapè nan kizin nan')
    await page.getByLabel(m('submit.consentOnline'), { exact: true }).check()
    await page.getByRole('button', { name: m('submit.send') }).click()
    await expect(page.getByText(m('submit.errors.fileType'))).toBeVisible()
    await expect(page.getByRole('textbox', { name: m('submit.titleLabel') })).toHaveValue(title)
    await noEnglish()

    // Then as writing, which needs no file.
    await page.getByLabel(m('submit.kinds.writing'), { exact: true }).check()
    await page
      .getByLabel(m('submit.text'))
      .fill(lang === 'zh' ? '凌晨四点，炉子先醒。' : 'A katr è, recho a leve anvan nou.')
    await page.getByLabel(m('submit.credits.anonymous'), { exact: true }).check()
    await page.getByRole('button', { name: m('submit.send') }).click()
    await expect(page).toHaveURL(
      new RegExp(`/${lang}/submit/status/[A-Za-z0-9_-]{32}\\?received=1$`),
    )
    await expect(page.getByText(m('status.receivedNow'))).toBeVisible()
    await expect(page.getByText(m('status.states.received'))).toBeVisible()
    await noEnglish()

    // The private link, opened later, says the same; withdrawing takes one click.
    await page.goto(page.url().replace(/\?received=1$/, ''))
    await expect(page.getByText(m('status.states.received'))).toBeVisible()
    await page.getByRole('button', { name: m('status.withdraw') }).click()
    await expect(page.getByText(m('status.states.withdrawn'))).toBeVisible()
    await expect(page.getByRole('button', { name: m('status.withdraw') })).toHaveCount(0)
    await noEnglish()
  })

test('a form filled in by a robot (the hidden field) is refused and says why', async ({ page }) => {
  await page.goto('/submit')
  await page.getByLabel('Title').fill('Cheap watches')
  await page.getByLabel('Your text').fill('Buy now')
  await page.getByLabel('Publish it on this website').check()
  await page
    .locator('#website')
    .evaluate((el: HTMLInputElement) => (el.value = 'http://spam.example'))
  await page.getByRole('button', { name: 'Send my work' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'This looked like an automated submission' }),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/submit$/)
})

test('takedown: an editor makes a published piece anonymous in one click; the name is gone at once', async ({
  page,
}) => {
  await page.goto('/writing/la-lavanderia')
  await expect(page.locator('.reading__byline')).toContainText('Carmen Rivera')

  await page.goto('/admin')
  await page.waitForLoadState('networkidle')
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  const found = await page.request.get('/api/writings?where[slug][equals]=la-lavanderia&depth=0')
  const { docs } = await found.json()
  await page.goto(`/admin/collections/writings/${docs[0].id}`)
  await page.waitForLoadState('networkidle')
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible()
  await page.getByRole('button', { name: 'Make anonymous now' }).click()
  await expect(page.getByText('Write the reason first.')).toBeVisible()
  await page.getByLabel(/Reason \(kept in the audit log/).fill('She asked after a threat at work')
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Make anonymous now' }).click()
  await expect(page.getByText('Done: the public site no longer shows it.')).toBeVisible()
  await expect(page.getByText(/Last takedown: .*She asked after a threat at work/)).toBeVisible()

  await page.goto('/writing/la-lavanderia')
  await expect(page.locator('.reading__byline')).toContainText('Anonymous worker')
  await expectNothingPrivate(page)
  expect(await page.content()).not.toContain('Carmen Rivera')
  expect(await page.content()).not.toContain('threat at work')
})
