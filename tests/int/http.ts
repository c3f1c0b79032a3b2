// The site's REST and GraphQL endpoints, called in process exactly as the Next.js routes call
// them (Payload's own handlers), so access tests see what a client over HTTP would see.
import { handleEndpoints, type Payload } from 'payload'

import { guardGraphQL } from '@/lib/security/graphql'

export type Reply = { status: number; body: string; headers: Headers }

const ORIGIN = 'http://localhost:3000'

async function configOf() {
  return (await import('@payload-config')).default
}

/** A REST call: `rest('/api/writings?depth=2')`, optionally with a token and a body. */
export async function rest(
  path: string,
  init: { method?: string; token?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.json !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  const response = await handleEndpoints({
    config: await configOf(),
    path: new URL(request.url).pathname,
    request,
  })
  return { status: response.status, body: await response.text(), headers: response.headers }
}

/** A GraphQL query through the same guard and handler as POST /api/graphql. */
export async function graphql(query: string, token?: string): Promise<Reply> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const handler = guardGraphQL(GRAPHQL_POST(await configOf()))
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handler(
    new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    }),
  )
  return { status: response.status, body: await response.text(), headers: response.headers }
}

/** Signs in through the Local API and gives back the session token. */
export async function tokenFor(payload: Payload, email: string, password = 'test-password-123') {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}
