// The proxy (issue #16): it runs only where it must — the nonce paths and the pages that read a
// query string — and rewrites a query to a cached path; public pages get the static CSP.
import { createRequire } from 'node:module'

import type { ProxyMatcher } from 'next/dist/build/analysis/get-page-static-info'
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { normalisedQuery, QUERY_PAGES, queryParams, queryRewrite } from '@/lib/queryPath.mjs'
import { NONCE_PATHS, PREVIEW_CSP, STATIC_CSP } from '@/lib/security/csp.mjs'
import { config, proxy } from '@/proxy'

// Next's own matcher: the config compiled as the build compiles it (a function Next exports but
// does not declare), matched as the server matches.
const { getMiddlewareMatchers } = createRequire(import.meta.url)(
  'next/dist/build/analysis/get-page-static-info',
) as { getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => ProxyMatcher[] }
const matchers = getMiddlewareMatchers(config.matcher, {})
const matchesPath = getMiddlewareRouteMatcher(matchers)
const runsOn = (url: string) => {
  const { pathname, searchParams } = new URL(url, 'http://localhost')
  const request = { headers: {}, cookies: {} } as unknown as Parameters<typeof matchesPath>[1]
  return matchesPath(pathname, request, Object.fromEntries(searchParams))
}

describe('where the proxy runs', () => {
  it('on every nonce path, in every language', () => {
    for (const p of NONCE_PATHS) expect(config.matcher).toContain(p)
    for (const p of ['/admin', '/admin/collections/writings', '/submit', '/es/submit/status/x'])
      expect(runsOn(p), p).toBe(true)
  })

  it('on a page that reads its query string when it has a key the page reads, and nowhere else', () => {
    const samples = ['/writing', '/art', '/upfront', '/upfront/455', '/search', '/guests']
    for (const p of samples) {
      const page = QUERY_PAGES.find((q) => q.path.test(p))!
      for (const key of page.keys)
        for (const url of [`${p}?${key}=1`, `/es${p}?utm_source=x&${key}=1`])
          expect(runsOn(url), url).toBe(true)
      // Without a key it reads (none, only tracking parameters, or another page's key): served
      // from cache directly.
      expect(runsOn(p), p).toBe(false)
      expect(runsOn(`/es${p}?utm_source=x`), p).toBe(false)
      for (const other of new Set(QUERY_PAGES.flatMap((q) => q.keys)))
        if (!page.keys.includes(other)) expect(runsOn(`${p}?${other}=1`), other).toBe(false)
    }
    for (const p of ['/', '/writing/night-shift', '/numbers?page=2', '/es/events', '/robots.txt'])
      expect(runsOn(p), p).toBe(false)
  })
})

describe('a query becomes a cached path', () => {
  const rewritten = (url: string) =>
    proxy(new NextRequest(`http://localhost:3000${url}`)).headers.get('x-middleware-rewrite')

  it('keeps only what the page reads, in a fixed order', () => {
    expect(
      normalisedQuery('/writing', new URLSearchParams('page=2&utm_source=x&form=poem&topic=')),
    ).toBe('form=poem&page=2')
    expect(normalisedQuery('/writing', new URLSearchParams('utm_source=x'))).toBeNull()
    expect(normalisedQuery('/numbers', new URLSearchParams('page=2'))).toBeNull()
  })

  it('rewrites to the page’s q/[query] route, in the page’s language', () => {
    expect(rewritten('/writing?page=2&form=poem')).toBe(
      'http://localhost:3000/en/writing/q/form%3Dpoem%26page%3D2',
    )
    expect(rewritten('/es/upfront/455?t=90')).toBe('http://localhost:3000/es/upfront/455/q/t%3D90')
    expect(rewritten('/writing')).toBeNull()
    expect(rewritten('/writing?fbclid=1')).toBeNull()
    // server.mjs sends a reader's request on without '/en', which Next would redirect.
    expect(queryRewrite('/writing', new URLSearchParams('page=2'))).toEqual({
      lang: undefined,
      path: '/writing/q/page%3D2',
    })
    expect(queryRewrite('/es/search', new URLSearchParams('q=sí'))?.lang).toBe('es')
  })

  it('reads the query back as the page’s search parameters', async () => {
    expect(await queryParams(Promise.resolve({ query: 'form%3Dpoem%26page%3D2' }))).toEqual({
      form: 'poem',
      page: '2',
    })
    expect(await queryParams(Promise.resolve({ query: '%E0%A4%A' }))).toEqual({})
  })
})

describe('the two policies', () => {
  it('public pages: no nonce, nothing may frame them, no plugins, no base changes', () => {
    expect(STATIC_CSP).toContain("script-src 'self' 'unsafe-inline'")
    expect(STATIC_CSP).not.toContain('nonce-')
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"])
      expect(STATIC_CSP).toContain(d)
  })

  it('a page in draft mode: the same policy, framed by this site only (the admin’s live preview)', () => {
    expect(PREVIEW_CSP).toContain("frame-ancestors 'self'")
    expect(PREVIEW_CSP).not.toContain("frame-ancestors 'none'")
    expect(PREVIEW_CSP.replace("frame-ancestors 'self'", "frame-ancestors 'none'")).toBe(STATIC_CSP)
  })

  it('the form and the admin: a fresh nonce on each request', () => {
    const csp = (url: string) =>
      proxy(new NextRequest(`http://localhost:3000${url}`)).headers.get('content-security-policy')
    const a = csp('/submit')
    expect(a).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/)
    expect(a).not.toBe(csp('/submit'))
    expect(csp('/admin/login')).toMatch(/'nonce-/)
  })
})
