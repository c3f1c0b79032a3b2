import type { MetadataRoute } from 'next'

import { serverURL } from '@/lib/env'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: ['/', '/api/media/file/'],
        disallow: ['/admin', '/api', '/search', '/es/search'],
      },
    ],
    sitemap: new URL('/sitemap.xml', serverURL).toString(),
  }
}
