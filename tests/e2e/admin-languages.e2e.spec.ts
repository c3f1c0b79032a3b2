import { expect, test } from '@playwright/test'

const password = process.env.SEED_PASSWORD || 'demo-password'

// The admin speaks the languages Payload ships of the six, our panels with it; Haitian Creole
// editors choose French (or English). The choice is Payload's language cookie, which its account
// page sets.
for (const { lang, queueTitle, report, state, status, consents } of [
  {
    lang: 'pt',
    queueTitle: 'Fila de revisão',
    report: 'Relatório de impacto',
    state: 'Em revisão',
    status: 'Situação editorial',
    consents: 'Autorizações',
  },
  {
    lang: 'zh',
    queueTitle: '审稿队列',
    report: '影响报告',
    state: '审阅中',
    status: '编辑状态',
    consents: '授权',
  },
  {
    lang: 'vi',
    queueTitle: 'Hàng chờ duyệt',
    report: 'Báo cáo tác động',
    state: 'Đang duyệt',
    status: 'Trạng thái biên tập',
    consents: 'Sự đồng ý',
  },
  {
    lang: 'fr',
    queueTitle: 'File de relecture',
    report: "Rapport d'impact",
    state: 'En relecture',
    status: 'Statut éditorial',
    consents: 'Autorisations',
  },
])
  test(`an editor works in the admin in ${lang}, the editors' panels included`, async ({
    page,
    baseURL,
  }) => {
    const login = await page.request.post('/api/users/login', {
      data: { email: 'editor@example.com', password },
    })
    expect(login.ok()).toBe(true)
    await page
      .context()
      .addCookies([{ name: 'payload-lng', value: lang, url: baseURL ?? 'http://localhost:3100' }])
    await page.goto('/admin')
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    const queue = page.getByRole('region', { name: queueTitle })
    await expect(queue).toBeVisible()
    await expect(queue.getByRole('columnheader', { name: state })).toBeVisible()
    await expect(page.getByRole('heading', { name: report })).toBeVisible()
    // Payload's own interface is in the same language: no English left on the dashboard's panels.
    await expect(page.getByRole('heading', { name: 'Review queue' })).toHaveCount(0)

    // Our own fields are labelled in it too (src/i18n/messages/admin), not in English.
    await page.goto('/admin/collections/writings/create')
    const form = page.getByRole('main')
    await expect(form.getByRole('heading', { name: consents })).toBeVisible({ timeout: 45_000 })
    await expect(form.locator('label', { hasText: status })).toBeVisible()
    await expect(form.getByRole('heading', { name: 'Consents' })).toHaveCount(0)
    await expect(form.locator('label', { hasText: 'Editorial status' })).toHaveCount(0)
  })
