import Link from 'next/link'
import { notFound } from 'next/navigation'

import { creditLine } from '@/components/cards/WritingCard'
import { Gallery } from '@/components/Gallery.client'
import { PreviewBar } from '@/components/PreviewBar.client'
import { RichText } from '@/components/RichText'
import { TopicLinks } from '@/components/TopicLinks'
import { formatDate, localePath, t } from '@/i18n'
import { getArtwork, listExhibitionsOfArtwork } from '@/lib/data/artworks'
import { pageLocale } from '@/lib/locale'
import { previewViewer } from '@/lib/preview'
import { lexicalToPlainText } from '@/lib/searchText'
import { pageMetadata, summarize } from '@/lib/seo'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const art = await getArtwork(locale, slug, await previewViewer())
  if (!art) return {}
  return pageMetadata({
    locale,
    path: `/art/${slug}`,
    title: art.title,
    description: summarize(
      lexicalToPlainText(art.statement) || [art.medium, art.year].filter(Boolean).join(', '),
    ),
    image: art.social,
    type: 'article',
  })
}

export default async function ArtworkPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const viewer = await previewViewer()
  const art = await getArtwork(locale, slug, viewer)
  if (!art) notFound()
  const m = t(locale)
  const exhibitions = await listExhibitionsOfArtwork(art.id)
  const credit = creditLine(art.byline, locale)
  const facts = [
    { label: m('art.medium'), value: art.medium },
    { label: m('art.year'), value: art.year ? String(art.year) : '' },
    { label: m('art.dimensions'), value: art.dimensions },
  ].filter((f) => f.value)

  return (
    <article className="artwork">
      {viewer ? <PreviewBar label={m('preview.label')} exit={m('preview.exit')} /> : null}
      <header className="page-header">
        <h1>{art.title}</h1>
        <p className="reading__byline">
          {art.profile ? (
            <Link href={localePath(locale, `/contributors/${art.profile.slug}`)}>{credit}</Link>
          ) : (
            credit
          )}
        </p>
      </header>
      <Gallery
        images={art.images}
        labels={{
          enlarge: m('art.enlarge'),
          close: m('art.close'),
          imageOf: art.images.map((_, i) =>
            m('art.imageOf', { n: i + 1, total: art.images.length }),
          ),
        }}
      />
      <dl className="facts">
        {facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {art.statement ? (
        <section aria-labelledby="statement">
          <h2 id="statement">{m('art.statement')}</h2>
          <RichText data={art.statement} />
        </section>
      ) : null}
      {exhibitions.length ? (
        <section aria-labelledby="exhibited">
          <h2 id="exhibited">{m('art.exhibitedIn')}</h2>
          <ul role="list" className="plain-list">
            {exhibitions.map((e) => (
              <li key={e.slug}>
                <Link href={localePath(locale, `/exhibitions/${e.slug}`)}>{e.title}</Link>
                {' · '}
                {e.venue ? `${e.venue}, ` : ''}
                <time dateTime={e.opens}>{formatDate(locale, e.opens)}</time>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TopicLinks locale={locale} topics={art.topics} base="/art" />
    </article>
  )
}
