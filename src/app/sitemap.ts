import type { MetadataRoute } from 'next'

import { localePath } from '@/i18n'
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

/** Every public page in both languages, each with its hreflang alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const abs = (path: string) => new URL(path, serverURL).toString()
  const entries = (path: string, lastModified?: string) => {
    const languages = { en: abs(localePath('en', path)), es: abs(localePath('es', path)) }
    return (['en', 'es'] as const).map((locale) => ({
      url: languages[locale],
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
