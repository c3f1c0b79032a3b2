// The two Content-Security-Policies (issue #16), in one place for next.config.mjs (static pages)
// and src/proxy.ts (per request). Plain ESM so next.config.mjs can import it.

const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' https:",
  "font-src 'self' data:",
  "form-action 'self'",
  "object-src 'none'",
]

/**
 * Public read-only pages, served whole from Next's cache: the same bytes for everyone, so no
 * per-request nonce. Next's inline bootstrap needs 'unsafe-inline'; what keeps injected script
 * out is that rich text is never turned into raw HTML (a test pins it). Nothing may frame them.
 */
export const STATIC_CSP = [
  ...common,
  "script-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ')

/**
 * The same pages while an editor previews a draft (Next's draft-mode cookie): the admin's live
 * preview shows them in a frame of its own, so this site — and only it — may frame them.
 */
export const PREVIEW_CSP = STATIC_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'")

/** The cookie Next's draft mode sets (src/app/(frontend)/preview/route.ts turns it on). */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * Where people type or sign in (/admin, /submit and its status pages, /preview): scripts only
 * with this request's nonce (Next puts it on its own scripts) or loaded by those. The admin's live
 * preview frames the site, so the site may frame itself here.
 */
export function nonceCsp(nonce, { dev = false, https = false } = {}) {
  return [
    ...common,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * The paths that keep the nonce, as a regular expression of a path without its leading slash: the
 * one source for src/proxy.ts (which policy), next.config.mjs (where the static one goes) and
 * server.mjs (never cached by others). `/es/admin` does not exist, but matching it costs nothing.
 */
export const NONCE_PATH_SOURCE = '(?:[a-z]{2}/)?(?:admin|submit|preview)(?:/|$)'

/**
 * The same paths as Next matchers (src/proxy.ts's `config.matcher` repeats them
 * literally, since Next reads that list without running code; a test checks the two agree).
 */
export const NONCE_PATHS = [
  '/admin',
  '/admin/:path*',
  '/submit',
  '/submit/:path*',
  '/:lang/submit',
  '/:lang/submit/:path*',
  '/preview',
]
