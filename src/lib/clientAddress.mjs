// Which address a request comes from, for the submission rate limit. Plain JavaScript so the
// production server (server.mjs) can use it as it is.

/**
 * The connection's own address; or, behind a proxy we run (TRUST_PROXY=1, as with
 * deploy/nginx.conf), the address that proxy saw — the last entry of X-Forwarded-For, the one
 * it appended. Earlier entries come from the client and are never trusted.
 *
 * @param {string | string[] | undefined} forwardedFor
 * @param {string | undefined} remoteAddress
 * @param {boolean} trustProxy
 */
export function clientAddress(forwardedFor, remoteAddress, trustProxy) {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  const last = header
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1)
  return (trustProxy && last) || remoteAddress || 'unknown'
}

/** The request header server.mjs sets (overwriting any a client sent) and the app reads. */
export const CLIENT_ADDRESS_HEADER = 'x-vv-client-address'
