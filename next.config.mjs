import { withPayload } from '@payloadcms/next/withPayload'

/**
 * English pages live at the root and Spanish under /es. Both are served by one route tree,
 * `app/(frontend)/[lang]`: a root path is rewritten to /en internally (after static files and
 * the sitemap, robots and feed routes had their turn), and /en/… in a browser redirects to the
 * root so each page has one address.
 */
const notLocalized = '(?!en(?:/|$)|es(?:/|$)|admin(?:/|$)|api(?:/|$)|preview(?:/|$)|_next/|next/)'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  // The submission form posts up to six 10 MB images to a server action (see src/lib/submissions).
  experimental: { serverActions: { bodySizeLimit: '64mb' } },
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
