import type { Metadata } from 'next'

import { htmlLang, localePath, locales, t, type Locale, type Messages } from '@/i18n'
import { pageLocale } from '@/lib/locale'
import type { SocialImage } from '@/lib/data/media'

type PageMeta = {
  locale: Locale
  /** The page's path without the language prefix, e.g. `/writing/keys`. */
  path: string
  title?: string
  description: string
  image?: SocialImage | null
  type?: 'website' | 'article'
}

/** Title, description, canonical, hreflang alternates and OpenGraph for a public page. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  image,
  type,
}: PageMeta): Metadata {
  const m = t(locale)
  const url = localePath(locale, path)
  const images = image
    ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }]
    : [{ url: '/og.png', width: 1200, height: 630, alt: m('siteName') }]
  return {
    title: title ?? { absolute: m('siteName') },
    description,
    alternates: {
      canonical: url,
      languages: {
        ...Object.fromEntries(locales.map((l) => [htmlLang(l), localePath(l, path)])),
        'x-default': localePath('en', path),
      },
    },
    openGraph: {
      type: type ?? 'website',
      siteName: m('siteName'),
      title: title ?? m('siteName'),
      description,
      url,
      locale: ogLocale[locale],
      images,
    },
    twitter: { card: 'summary_large_image', title: title ?? m('siteName'), description },
  }
}

/** OpenGraph's locale names (language_TERRITORY): the program's readers are in the US. */
const ogLocale: Record<Locale, string> = {
  en: 'en_US',
  es: 'es_US',
  pt: 'pt_BR',
  ht: 'ht_HT',
  zh: 'zh_CN',
  vi: 'vi_VN',
}

/** A short plain description from longer text. */
export const summarize = (text: string, max = 180) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s\S*$/, '')}…`
}

/**
 * generateMetadata for a section page (archive, list, form): its title and intro from the
 * messages of the page's language.
 */
export const sectionMetadata =
  (path: string, section: Section) =>
  async ({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> => {
    const locale = await pageLocale(params)
    const m = t(locale, section)
    return pageMetadata({ locale, path, title: m('title'), description: m('intro') })
  }

/** The message namespaces that give a section page its title and intro. */
type Section = {
  [K in keyof Messages]: Messages[K] extends { title: string; intro: string } ? K : never
}[keyof Messages]
