import type { MetadataRoute } from 'next'

import { localePath, locales } from '@/i18n/routing'
import { serverURL } from '@/lib/env'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: ['/', '/api/media/file/'],
        disallow: ['/admin', '/api', ...locales.map((l) => localePath(l, '/search'))],
      },
    ],
    sitemap: new URL('/sitemap.xml', serverURL).toString(),
  }
}
