// The signature a script (or the server itself, after a restart) shows to ask the running site to
// refresh its cached pages: an HMAC of a timestamp with PAYLOAD_SECRET, valid for five minutes.
// Plain ESM, shared by server.mjs and the TypeScript side (src/lib/cache/refresh.ts).
import { createHmac, timingSafeEqual } from 'node:crypto'

export const REFRESH_HEADER = 'x-vv-refresh'
export const REFRESH_PATH = '/api/refresh-site'
/** Written when a script changed content while no server answered; the next server start acts. */
export const REFRESH_MARKER = '.next/cache/vv-refresh-pending'
const VALID_MS = 5 * 60 * 1000

const sign = (secret, stamp) =>
  createHmac('sha256', secret).update(`refresh-site:${stamp}`).digest('base64url')

export function refreshToken(secret, now = Date.now()) {
  return `${now}.${sign(secret, now)}`
}

export function validRefreshToken(token, secret, now = Date.now()) {
  if (typeof token !== 'string' || !secret) return false
  const [stamp, mac] = token.split('.')
  const t = Number(stamp)
  if (!Number.isFinite(t) || Math.abs(now - t) > VALID_MS || !mac) return false
  const expected = Buffer.from(sign(secret, stamp))
  const given = Buffer.from(mac)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
