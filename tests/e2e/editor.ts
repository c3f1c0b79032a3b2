import { expect, type APIRequestContext } from '@playwright/test'

export const password = process.env.SEED_PASSWORD || 'demo-password'

/** The seeded editor's REST credentials. */
export async function editorHeaders(request: APIRequestContext) {
  const login = await request.post('/api/users/login', {
    data: { email: 'editor@example.com', password },
  })
  expect(login.ok()).toBe(true)
  return { Authorization: `JWT ${(await login.json()).token}` }
}
