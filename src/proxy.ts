import { NextResponse, type NextRequest } from 'next/server'

const dev = process.env.NODE_ENV !== 'production'

/**
 * The Content-Security-Policy of every page (site and admin): scripts only with this request's
 * nonce (Next.js puts it on its own scripts) or loaded by those ('strict-dynamic'), so a script
 * that made its way into content never runs. Styles may be inline (React and the admin set
 * them); audio may come from elsewhere (episodes hosted on another server); nothing may frame
 * the site but the site itself (the admin's live preview).
 */
export function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' https:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/** Security headers on every response; the CSP, with a fresh nonce, on every page. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const https =
    request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
  const csp = contentSecurityPolicy(nonce, https)
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

export const config = {
  // Pages and API answers; not the static build files, which carry no markup.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
}
