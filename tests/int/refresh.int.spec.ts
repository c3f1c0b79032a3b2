// The signed refresh a script sends the running site (issue #16): only PAYLOAD_SECRET signs it,
// for five minutes; anyone else is refused and nothing is expired.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  REFRESH_HEADER,
  REFRESH_PATH,
  refreshToken,
  validRefreshToken,
} from '@/lib/cache/refreshToken.mjs'
import { bootPayload } from './helpers'
import { rest, tokenFor } from './http'

let payload: Payload
let teardown: () => Promise<void>
beforeAll(async () => {
  ;({ payload, teardown } = await bootPayload())
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'refresh.admin@test.example', password: 'test-password-123', roles: ['admin'] },
  })
})
afterAll(async () => teardown?.())

const secret = process.env.PAYLOAD_SECRET!

describe('refreshing the running site', () => {
  it('accepts a fresh signature of this secret only', () => {
    const now = Date.now()
    expect(validRefreshToken(refreshToken(secret, now), secret, now)).toBe(true)
    expect(validRefreshToken(refreshToken('another-secret', now), secret, now)).toBe(false)
    expect(validRefreshToken(refreshToken(secret, now - 6 * 60_000), secret, now)).toBe(false)
    expect(validRefreshToken(`${now}.`, secret, now)).toBe(false)
    expect(validRefreshToken(undefined, secret, now)).toBe(false)
  })

  it('the endpoint refuses the public and even an admin’s session; the signature is enough', async () => {
    expect((await rest(REFRESH_PATH, { method: 'POST' })).status).toBe(403)
    const admin = await tokenFor(payload, 'refresh.admin@test.example')
    expect((await rest(REFRESH_PATH, { method: 'POST', token: admin })).status).toBe(403)
    const signed = await rest(REFRESH_PATH, {
      method: 'POST',
      headers: { [REFRESH_HEADER]: refreshToken(secret) },
    })
    expect(signed.status).toBe(200)
    expect(JSON.parse(signed.body)).toEqual({ refreshed: true })
  })
})
