import { notFound } from 'next/navigation'

import { ArtworkCard } from '@/components/cards/ArtworkCard'
import { WritingCard } from '@/components/cards/WritingCard'
import { PageHeader } from '@/components/PageHeader'
import { Picture } from '@/components/Picture'
import { languageNames, t } from '@/i18n'
import { getContributor } from '@/lib/data/contributors'
import { pageLocale } from '@/lib/locale'
import { pageMetadata, summarize } from '@/lib/seo'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const person = await getContributor(locale, slug)
  if (!person) return {}
  return pageMetadata({
    locale,
    path: `/contributors/${slug}`,
    title: person.name,
    description: summarize(person.bio || person.name),
    type: 'article',
  })
}

/** A contributor who chose a public profile, and the work credited to their name. */
export default async function ContributorPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const person = await getContributor(locale, slug)
  if (!person) notFound()
  const m = t(locale)
  return (
    <article>
      <PageHeader title={person.name} intro={person.bio} />
      {person.photo ? (
        <Picture image={person.photo} sizes="12rem" className="profile__photo" />
      ) : null}
      {person.languages.length ? (
        <p>
          {m('contributor.languages')}:{' '}
          {person.languages.map((l, i) => (
            <span key={l} lang={l}>
              {i ? ', ' : ''}
              {languageNames[l] ?? l}
            </span>
          ))}
        </p>
      ) : null}
      <section aria-labelledby="work" className="section">
        <h2 id="work">{m('contributor.work')}</h2>
        {person.writings.length + person.artworks.length === 0 ? <p>{m('nothingYet')}</p> : null}
        {person.writings.length ? (
          <ul role="list" className="card-grid">
            {person.writings.map((w) => (
              <li key={w.id}>
                <WritingCard item={w} locale={locale} />
              </li>
            ))}
          </ul>
        ) : null}
        {person.artworks.length ? (
          <ul role="list" className="art-grid">
            {person.artworks.map((a) => (
              <li key={a.id}>
                <ArtworkCard item={a} locale={locale} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </article>
  )
}
