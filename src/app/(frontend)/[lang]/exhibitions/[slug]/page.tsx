import Link from 'next/link'
import { notFound } from 'next/navigation'

import { creditLine } from '@/components/cards/WritingCard'
import { PageHeader } from '@/components/PageHeader'
import { Picture } from '@/components/Picture'
import { RichText } from '@/components/RichText'
import { formatDateSpan, localePath, t } from '@/i18n'
import { getExhibition } from '@/lib/data/exhibitions'
import { pageLocale } from '@/lib/locale'
import { lexicalToPlainText } from '@/lib/searchText'
import { pageMetadata, summarize } from '@/lib/seo'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const ex = await getExhibition(locale, slug)
  if (!ex) return {}
  return pageMetadata({
    locale,
    path: `/exhibitions/${slug}`,
    title: ex.title,
    description: summarize(lexicalToPlainText(ex.statement) || ex.venue),
    image: ex.social,
  })
}

/** An exhibition walked in its hanging order, each work with its wall text. */
export default async function ExhibitionPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const ex = await getExhibition(locale, slug)
  if (!ex) notFound()
  const m = t(locale)
  return (
    <article>
      <PageHeader
        title={ex.title}
        kicker={formatDateSpan(locale, ex.opens, ex.closes)}
        intro={ex.venue}
      />
      <RichText data={ex.statement} className="prose lead" />
      <section aria-labelledby="works" className="section">
        <h2 id="works">{m('exhibitions.works')}</h2>
        <ol className="walk">
          {ex.works.map((w, i) => (
            <li key={w.id} className="walk__item">
              {w.image ? (
                <Picture
                  image={w.image}
                  sizes="(min-width: 60rem) 36rem, 95vw"
                  priority={i === 0}
                />
              ) : null}
              <div className="wall-label">
                <h3>
                  <Link href={localePath(locale, `/art/${w.slug}`)}>{w.title}</Link>
                </h3>
                <p className="card__byline">
                  {creditLine(w.byline, locale)}
                  {w.medium ? ` · ${w.medium}` : ''}
                  {w.year ? ` · ${w.year}` : ''}
                </p>
                {w.wallText ? <p>{w.wallText}</p> : null}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}
