// The proxy (issue #16): it runs only where it must — the nonce paths and the pages that read a
// query string — and rewrites a query to a cached path; public pages get the static CSP.
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { normalisedQuery, QUERY_PAGES, queryParams } from '@/lib/queryPath'
import { NONCE_PATHS, STATIC_CSP } from '@/lib/security/csp.mjs'
import { config, proxy } from '@/proxy'

// Next's matcher syntax, enough for these entries: `:name` one segment, `:name*` any rest.
const matches = (matcher: string, pathname: string) =>
  new RegExp(`^${matcher.replace(/\/:\w+\*/g, '(?:/.*)?').replace(/:\w+/g, '[^/]+')}$`).test(
    pathname,
  )
const runsOn = (pathname: string) => config.matcher.some((m) => matches(m, pathname))

describe('where the proxy runs', () => {
  it('on every nonce path, in every language', () => {
    for (const p of NONCE_PATHS) expect(config.matcher).toContain(p)
    for (const p of ['/admin', '/admin/collections/writings', '/submit', '/es/submit/status/x'])
      expect(runsOn(p), p).toBe(true)
  })

  it('on every page that reads a query string, and not on other public pages', () => {
    const samples = ['/writing', '/art', '/upfront', '/upfront/455', '/search', '/guests']
    for (const p of samples) {
      expect(
        QUERY_PAGES.some((q) => q.path.test(p)),
        p,
      ).toBe(true)
      expect(runsOn(p), p).toBe(true)
      expect(runsOn(`/es${p}`), p).toBe(true)
    }
    for (const p of ['/', '/writing/night-shift', '/numbers', '/es/events', '/robots.txt'])
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

  it('the form and the admin: a fresh nonce on each request', () => {
    const csp = (url: string) =>
      proxy(new NextRequest(`http://localhost:3000${url}`)).headers.get('content-security-policy')
    const a = csp('/submit')
    expect(a).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/)
    expect(a).not.toBe(csp('/submit'))
    expect(csp('/admin/login')).toMatch(/'nonce-/)
  })
})
