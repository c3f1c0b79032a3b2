// Whether a request carries a valid Payload session, checked without the database: the token's
// signature (HS256 with Payload's key, derived from PAYLOAD_SECRET as Payload derives it) and its
// expiry. Plain JavaScript so the production server (server.mjs) can use it before a request
// reaches Next — to decide, for one, whether a large upload may even be read.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** @param {string} secret PAYLOAD_SECRET */
export const payloadKey = (secret) => createHash('sha256').update(secret).digest('hex').slice(0, 32)

/**
 * The session token of a request: Payload's cookie, or `Authorization: JWT …` / `Bearer …`.
 * @param {{ cookie?: string, authorization?: string }} headers
 */
export function sessionToken(headers) {
  const auth = /^(?:JWT|Bearer)\s+(\S+)$/i.exec(headers.authorization ?? '')
  if (auth) return auth[1]
  const cookie = /(?:^|;\s*)payload-token=([^;]+)/.exec(headers.cookie ?? '')
  return cookie ? decodeURIComponent(cookie[1]) : null
}

/**
 * @param {string | null} token
 * @param {string} secret PAYLOAD_SECRET
 * @param {number} [now] seconds
 */
export function validSession(token, secret, now = Date.now() / 1000) {
  if (!token || !secret) return false
  const [header, body, signature] = token.split('.')
  if (!header || !body || !signature) return false
  const expected = createHmac('sha256', payloadKey(secret)).update(`${header}.${body}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
  try {
    const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString())
    const { exp } = JSON.parse(Buffer.from(body, 'base64url').toString())
    return alg === 'HS256' && typeof exp === 'number' && exp > now
  } catch {
    return false
  }
}
