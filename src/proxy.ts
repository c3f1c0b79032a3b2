import { NextResponse, type NextRequest } from 'next/server'

import { queryRewrite } from '@/lib/queryPath.mjs'
import { NONCE_PATH_SOURCE, nonceCsp } from '@/lib/security/csp.mjs'

const dev = process.env.NODE_ENV !== 'production'
const NONCE_PATH = new RegExp(`^/${NONCE_PATH_SOURCE}`)

/**
 * Runs only on the paths in `config.matcher`, for one of two things:
 * - where people type or sign in (/admin, /submit and its status pages, /preview), the
 *   per-request Content-Security-Policy with a fresh nonce (src/lib/security/csp.mjs); public
 *   pages get the static policy from next.config.mjs and are served from cache;
 * - a public page that reads its query string, requested with one by the app's own navigation
 *   (an RSC request): rewritten internally to the same page with its normalised query in the
 *   path, so it is cached per query (src/lib/queryPath.mjs), and Next tells the browser's router
 *   where it went. A reader's page request is rewritten the same way by server.mjs before Next
 *   sees it: running the proxy cost a third of such a page's time.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (NONCE_PATH.test(pathname)) return withNonce(request)
  const rewrite = queryRewrite(pathname, searchParams)
  if (!rewrite) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = `/${rewrite.lang ?? 'en'}${rewrite.path}`
  target.search = ''
  return NextResponse.rewrite(target)
}

function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const https =
    request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
  const csp = nonceCsp(nonce, { dev, https })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

export const config = {
  // Written out because Next reads this list without running code. The nonce paths are
  // NONCE_PATHS in src/lib/security/csp.mjs; a query page is matched only when the request
  // carries a key it reads (QUERY_PAGES in src/lib/queryPath.mjs), so the same page without one
  // is served from cache without running the proxy. A test checks both lists are covered here.
  matcher: [
    '/admin',
    '/admin/:path*',
    '/submit',
    '/submit/:path*',
    '/:lang/submit',
    '/:lang/submit/:path*',
    '/preview',
    // One entry per key, over the pages that read it, in any language (`:lang?`): Next tests
    // every entry on every request, building each one's RegExp again each time.
    { source: '/:lang?/writing', has: [{ type: 'query', key: 'form' }] },
    { source: '/:lang?/writing', has: [{ type: 'query', key: 'language' }] },
    { source: '/:lang?/(writing|art|upfront)', has: [{ type: 'query', key: 'topic' }] },
    { source: '/:lang?/(writing|upfront)', has: [{ type: 'query', key: 'year' }] },
    {
      source: '/:lang?/(writing|art|upfront|search|guests)',
      has: [{ type: 'query', key: 'page' }],
    },
    { source: '/:lang?/(upfront|search)', has: [{ type: 'query', key: 'q' }] },
    { source: '/:lang?/upfront', has: [{ type: 'query', key: 'guest' }] },
    { source: '/:lang?/search', has: [{ type: 'query', key: 'type' }] },
    { source: '/:lang?/upfront/:number', has: [{ type: 'query', key: 't' }] },
  ],
}
