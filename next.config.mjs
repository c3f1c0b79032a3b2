import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { LOCALES } from './src/i18n/locales.mjs'
import { FORM_BODY_LIMIT, MB } from './src/lib/bodyLimits.mjs'
import {
  DRAFT_MODE_COOKIE,
  NONCE_PATH_SOURCE,
  PREVIEW_CSP,
  STATIC_CSP,
} from './src/lib/security/csp.mjs'

/**
 * English pages live at the root and the other five languages under /es, /pt, /ht, /zh and /vi.
 * All are served by one route tree,
 * `app/(frontend)/[lang]`: a root path is rewritten to /en internally (after static files and
 * the sitemap, robots and feed routes had their turn), and /en/… in a browser redirects to the
 * root so each page has one address.
 */
const notLocalized = `(?!${[...LOCALES, 'admin', 'api', 'preview'].map((p) => `${p}(?:/|$)`).join('|')}|_next/|next/)`

/**
 * Every path but those where src/proxy.ts sets a per-request policy with a nonce (the admin, the
 * submission form and status pages, /preview): they get the static policy (src/lib/security).
 */
const staticPolicyPaths = ['/', `/:path((?!${NONCE_PATH_SOURCE}).+)`]
/** An editor previewing a draft (the admin's live preview frames the page): PREVIEW_CSP. */
const previewing = { type: 'cookie', key: DRAFT_MODE_COOKIE }
const https = { type: 'header', key: 'x-forwarded-proto', value: 'https' }
/** The static policy, or the preview's, on every page that has no nonce. */
const staticPolicies = (suffix, has) =>
  staticPolicyPaths.flatMap((source) => [
    {
      source,
      ...(has.length ? { has } : {}),
      missing: [previewing],
      headers: [{ key: 'Content-Security-Policy', value: `${STATIC_CSP}${suffix}` }],
    },
    {
      source,
      has: [...has, previewing],
      headers: [{ key: 'Content-Security-Policy', value: `${PREVIEW_CSP}${suffix}` }],
    },
  ])

/** Headers on every response. */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]
/** HSTS only when the request reached us over HTTPS (a proxy in front says so). */
export const hsts = {
  key: 'Strict-Transport-Security',
  value: 'max-age=63072000; includeSubDomains',
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // server.mjs gives cached pages their ETag, hashed natively; Next's own hash is slow JavaScript.
  generateEtags: false,
  // The proxy or CDN in front compresses once and caches the result (deploy/nginx.conf); Next
  // would gzip every response again on every request.
  compress: false,
  // Several instances share Next's cache and revalidation through Redis (cache-handler.mjs);
  // without REDIS_URL each process keeps its own, as a single instance does.
  ...(process.env.REDIS_URL
    ? {
        cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
        cacheMaxMemorySize: 0,
      }
    : {}),
  images: { unoptimized: true },
  // `npm test` has just run `tsc --noEmit` over the same files; the build's own TypeScript pass
  // (37 s here) would repeat it. Every other build (dev, deploy, `npm run build`) checks types.
  typescript: { ignoreBuildErrors: process.env.VV_TYPES_CHECKED === '1' },
  // pdfkit reads its font metrics from its own folder at run time: leave it to Node.
  serverExternalPackages: ['pdfkit'],
  // The submission form posts up to six 10 MB images to a server action (see src/lib/submissions).
  experimental: { serverActions: { bodySizeLimit: `${FORM_BODY_LIMIT / MB}mb` } },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...staticPolicies('', []),
      {
        source: '/:path*',
        has: [https],
        headers: [hsts],
      },
      ...staticPolicies('; upgrade-insecure-requests', [https]),
    ]
  },
  async redirects() {
    return [
      { source: '/en', destination: '/', permanent: true },
      { source: '/en/:path*', destination: '/:path*', permanent: true },
    ]
  },
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: '/', destination: '/en' },
        { source: `/:path(${notLocalized}.*)`, destination: '/en/:path' },
      ],
      fallback: [],
    }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
