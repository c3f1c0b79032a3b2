import Link from 'next/link'
import { notFound } from 'next/navigation'

import { creditLine } from '@/components/cards/WritingCard'
import { Picture } from '@/components/Picture'
import { PrintButton } from '@/components/PrintButton.client'
import { RichText } from '@/components/RichText'
import { localePath, t } from '@/i18n'
import { bookDownloadable, getCompilation } from '@/lib/data/compilations'
import { pageLocale } from '@/lib/locale'
import { lexicalToPlainText } from '@/lib/searchText'
import { pageMetadata, summarize } from '@/lib/seo'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const book = await getCompilation(locale, slug)
  if (!book) return {}
  return pageMetadata({
    locale,
    path: `/compilations/${slug}`,
    title: book.title,
    description: summarize(lexicalToPlainText(book.introduction) || book.editors),
    image: book.social,
  })
}

/** An anthology to read in order, with a print stylesheet that makes it a booklet. */
export default async function CompilationPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const book = await getCompilation(locale, slug)
  if (!book) notFound()
  const m = t(locale)
  const downloadable = await bookDownloadable(locale, book.id)
  const bookFile = (format: 'pdf' | 'epub') =>
    `/api/outputs/book/${encodeURIComponent(book.slug)}/${format}${locale === 'en' ? '' : `?lang=${locale}`}`
  return (
    <article className="book-page">
      <header className="book-page__title">
        <p className="kicker">{book.year}</p>
        <h1>{book.title}</h1>
        {book.editors ? (
          <p>
            {m('compilations.editedBy')} {book.editors}
          </p>
        ) : null}
        <PrintButton label={m('compilations.print')} />
        {downloadable ? (
          <p className="book-page__download">
            {m('compilations.download')}:{' '}
            <a href={bookFile('pdf')} download>
              {m('compilations.downloadPdf')}
            </a>{' '}
            ·{' '}
            <a href={bookFile('epub')} download>
              {m('compilations.downloadEpub')}
            </a>
          </p>
        ) : null}
      </header>

      <nav aria-labelledby="toc" className="toc">
        <h2 id="toc">{m('compilations.contents')}</h2>
        <ol>
          {book.introduction ? (
            <li>
              <a href="#introduction">{m('compilations.introduction')}</a>
            </li>
          ) : null}
          {book.entries.map((e) => (
            <li key={e.anchor}>
              {e.sectionHeading ? <span className="toc__section">{e.sectionHeading}</span> : null}
              <a href={`#${e.anchor}`}>
                <span lang={e.kind === 'writing' ? e.language : undefined}>{e.title}</span>
              </a>{' '}
              <span className="toc__byline">— {creditLine(e.byline, locale)}</span>
            </li>
          ))}
          {book.notes.length ? (
            <li>
              <a href="#contributors">{m('compilations.contributors')}</a>
            </li>
          ) : null}
        </ol>
      </nav>

      {book.introduction ? (
        <section id="introduction" aria-labelledby="introduction-title" className="book-section">
          <h2 id="introduction-title">{m('compilations.introduction')}</h2>
          <RichText data={book.introduction} />
        </section>
      ) : null}

      {book.entries.map((e) => (
        <section key={e.anchor} className="book-section" aria-labelledby={e.anchor}>
          {e.sectionHeading ? <p className="book-section__part">{e.sectionHeading}</p> : null}
          <h2 id={e.anchor} lang={e.kind === 'writing' ? e.language : undefined}>
            <Link
              href={localePath(locale, `/${e.kind === 'writing' ? 'writing' : 'art'}/${e.slug}`)}
            >
              {e.title}
            </Link>
          </h2>
          <p className="reading__byline">{creditLine(e.byline, locale)}</p>
          {e.kind === 'writing' ? (
            <RichText data={e.body} lang={e.language} className={`prose prose--${e.form}`} />
          ) : (
            <div className="plates">
              {e.images.map((img) => (
                <figure key={img.src}>
                  <Picture image={img} sizes="(min-width: 48rem) 40rem, 95vw" />
                  <figcaption>
                    {e.title}
                    {e.medium ? `, ${e.medium}` : ''}
                  </figcaption>
                </figure>
              ))}
            </div>
          )}
        </section>
      ))}

      {book.notes.length ? (
        <section id="contributors" aria-labelledby="contributors-title" className="book-section">
          <h2 id="contributors-title">{m('compilations.contributors')}</h2>
          <dl className="notes">
            {book.notes.map((n) => (
              <div key={n.name}>
                <dt>
                  {n.slug ? (
                    <Link href={localePath(locale, `/contributors/${n.slug}`)}>{n.name}</Link>
                  ) : (
                    n.name
                  )}
                </dt>
                <dd>{n.bio}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </article>
  )
}
