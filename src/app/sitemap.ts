import type { MetadataRoute } from 'next'

import { htmlLang, localePath, locales } from '@/i18n'
import { listSitemapEntries } from '@/lib/data/sitemap'
import { serverURL } from '@/lib/env'

export const dynamic = 'force-dynamic'

const sections = [
  '/',
  '/writing',
  '/art',
  '/exhibitions',
  '/compilations',
  '/upfront',
  '/guests',
  '/events',
  '/numbers',
]

/** Every public page in each of the six languages, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const abs = (path: string) => new URL(path, serverURL).toString()
  const entries = (path: string, lastModified?: string) => {
    const languages = Object.fromEntries(
      locales.map((l) => [htmlLang(l), abs(localePath(l, path))]),
    )
    return locales.map((locale) => ({
      url: abs(localePath(locale, path)),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages },
    }))
  }
  const docs = await listSitemapEntries()
  return [
    ...sections.flatMap((p) => entries(p)),
    ...docs.flatMap((d) => entries(d.path, d.lastModified)),
  ]
}
