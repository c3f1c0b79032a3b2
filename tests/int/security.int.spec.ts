import { buildSchema, parse, validate } from 'graphql'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { RichText } from '@/components/RichText'
import { clientAddress } from '@/lib/clientAddress.mjs'
import { depthLimit, MAX_QUERY_DEPTH } from '@/lib/security/graphql'

const schema = buildSchema(`
  type Person { name: String, friend: Person, episodes: [Episode] }
  type Episode { title: String, guests: [Person] }
  type Query { person: Person }
`)
const nested = (levels: number) =>
  `{ person { ${'friend { '.repeat(levels - 1)}name${' }'.repeat(levels - 1)} } }`
const errorsFor = (query: string) =>
  validate(schema, parse(query), [depthLimit(MAX_QUERY_DEPTH)]).map((e) => e.message)

describe('GraphQL depth limit', () => {
  it('lets ordinary queries through', () => {
    expect(errorsFor(nested(MAX_QUERY_DEPTH))).toEqual([])
    expect(errorsFor('{ person { name episodes { title guests { name } } } }')).toEqual([])
  })

  it('refuses a query nested 20 levels deep, and one hiding its depth in fragments', () => {
    expect(errorsFor(nested(20))).toEqual([
      `This query nests deeper than ${MAX_QUERY_DEPTH} levels, which is the limit.`,
    ])
    const fragments = `
      query { person { ...A } }
      fragment A on Person { friend { ...B } }
      fragment B on Person { friend { friend { friend { friend { friend { ...C } } } } } }
      fragment C on Person { friend { friend { friend { friend { friend { name } } } } } }`
    expect(errorsFor(fragments)).toHaveLength(1)
  })

  it('refuses quickly even when fragments fan out', () => {
    // Each fragment uses the next one three times: 3^12 paths if every one were walked.
    const chain = Array.from(
      { length: 12 },
      (_, i) =>
        `fragment F${i} on Person { friend { ...F${i + 1} } episodes { guests { ...F${i + 1} } } name }`,
    ).join('\n')
    const query = `query { person { ...F0 } }\n${chain}\nfragment F12 on Person { name }`
    const started = performance.now()
    expect(errorsFor(query)).toHaveLength(1)
    expect(performance.now() - started).toBeLessThan(2000) // a guard against a hang, not a benchmark
  })
})

describe('rich text renders inert', () => {
  const doc = (children: unknown[]) => ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children },
      ],
    },
  })
  const text = (t: string) => ({
    type: 'text',
    text: t,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const link = (url: string) => ({
    type: 'link',
    version: 3,
    direction: null,
    format: '',
    indent: 0,
    fields: { url, linkType: 'custom', newTab: false },
    children: [text('click')],
  })

  it('escapes markup typed as text and neutralises script links', () => {
    const html = renderToStaticMarkup(
      RichText({
        data: doc([
          text('<script>alert(1)</script><img src=x onerror=alert(2)>'),
          link('javascript:alert(3)'),
          link(' JaVaScRiPt:alert(4)'),
          link('data:text/html,<script>alert(5)</script>'),
          link('https://example.org/ok'),
          link('/writing/night-shift'),
        ]),
      }),
    )
    expect(html).not.toMatch(/<script|<img|javascript:|data:text/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('href="https://example.org/ok"')
    expect(html).toContain('href="/writing/night-shift"')
  })
})

describe('the address the rate limit counts', () => {
  it('is the connection’s, whatever a client claims in X-Forwarded-For', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.4', false)).toBe('198.51.100.4')
  })
  it('behind our own proxy, is the address that proxy appended, not one the client sent', () => {
    expect(clientAddress('1.2.3.4, 203.0.113.9', '127.0.0.1', true)).toBe('203.0.113.9')
    expect(clientAddress(undefined, '127.0.0.1', true)).toBe('127.0.0.1')
  })
})

describe('the session cookie', () => {
  it('is Secure in production when the site is served over HTTPS, HttpOnly and SameSite=Lax', async () => {
    vi.resetModules()
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_PUBLIC_SERVER_URL', 'https://voice.example.org')
    try {
      const { Users } = await import('@/collections/Users')
      expect(Users.auth).toMatchObject({ cookies: { secure: true, sameSite: 'Lax' } })
      // Payload's session cookie is always HttpOnly (the browser test reads the header).
    } finally {
      vi.unstubAllEnvs()
      vi.resetModules()
    }
  })
})
