import Link from 'next/link'
import { notFound } from 'next/navigation'

import { creditLine, WritingCard } from '@/components/cards/WritingCard'
import { PreviewBar } from '@/components/PreviewBar.client'
import { Picture } from '@/components/Picture'
import { RichText } from '@/components/RichText'
import { TopicLinks } from '@/components/TopicLinks'
import { formatDate, languageNames, label, localePath, t } from '@/i18n'
import { getWriting, getWritingLinks } from '@/lib/data/writings'
import { pageLocale } from '@/lib/locale'
import { previewViewer } from '@/lib/preview'
import { pageMetadata, summarize } from '@/lib/seo'
import { lexicalToPlainText } from '@/lib/searchText'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const piece = await getWriting(locale, slug, await previewViewer())
  if (!piece) return {}
  return pageMetadata({
    locale,
    path: `/writing/${slug}`,
    title: piece.title,
    description: summarize(piece.excerpt || lexicalToPlainText(piece.body)),
    image: piece.social,
    type: 'article',
  })
}

export default async function WritingPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const viewer = await previewViewer()
  const piece = await getWriting(locale, slug, viewer)
  if (!piece) notFound()
  const m = t(locale)
  const links = await getWritingLinks(piece.id, piece.translationIds, piece.topicIds)
  const credit = creditLine(piece.byline, locale)

  return (
    <article className="reading">
      {viewer ? <PreviewBar label={m('preview.label')} exit={m('preview.exit')} /> : null}
      <header className="reading__header">
        <p className="kicker">
          <Link href={localePath(locale, `/writing?form=${piece.form}`)}>
            {label(locale, 'forms', piece.form)}
          </Link>{' '}
          · <span lang={piece.language}>{languageNames[piece.language]}</span>
        </p>
        <h1 lang={piece.language}>{piece.title}</h1>
        <p className="reading__byline">
          {piece.profile ? (
            <Link href={localePath(locale, `/contributors/${piece.profile.slug}`)}>{credit}</Link>
          ) : (
            credit
          )}
          {piece.publishedAt ? (
            <>
              {' · '}
              <time dateTime={piece.publishedAt}>{formatDate(locale, piece.publishedAt)}</time>
            </>
          ) : null}
        </p>
      </header>
      {piece.cover ? (
        <Picture
          image={piece.cover}
          sizes="(min-width: 48rem) 44rem, 95vw"
          priority
          className="reading__cover"
        />
      ) : null}
      <RichText data={piece.body} lang={piece.language} className={`prose prose--${piece.form}`} />

      {links.translations.length ? (
        <aside className="reading__aside" aria-labelledby="translations">
          <h2 id="translations">{m('writing.translations')}</h2>
          <ul role="list" className="inline-list">
            {links.translations.map((tr) => (
              <li key={tr.id}>
                <Link href={localePath(locale, `/writing/${tr.slug}`)} hrefLang={tr.language}>
                  <span lang={tr.language}>{languageNames[tr.language]}</span>:{' '}
                  <span lang={tr.language}>{tr.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}

      <TopicLinks locale={locale} topics={piece.topics} base="/writing" />

      {links.related.length ? (
        <section aria-labelledby="related" className="section">
          <h2 id="related">{m('writing.related')}</h2>
          <ul className="card-grid" role="list">
            {links.related.map((w) => (
              <li key={w.id}>
                <WritingCard item={w} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
