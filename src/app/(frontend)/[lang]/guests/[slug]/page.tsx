import Link from 'next/link'
import { notFound } from 'next/navigation'

import { EpisodeCard } from '@/components/cards/EpisodeCard'
import { PageHeader } from '@/components/PageHeader'
import { Picture } from '@/components/Picture'
import { formatDate, localePath, t } from '@/i18n'
import { getGuest } from '@/lib/data/guests'
import { pageLocale } from '@/lib/locale'
import { pageMetadata, summarize } from '@/lib/seo'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const guest = await getGuest(locale, slug)
  if (!guest) return {}
  return pageMetadata({
    locale,
    path: `/guests/${slug}`,
    title: guest.name,
    description: summarize(
      guest.bio || [guest.role, guest.organisation].filter(Boolean).join(', ') || guest.name,
    ),
  })
}

/** A guest and everything they were on, newest first. */
export default async function GuestPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const guest = await getGuest(locale, slug)
  if (!guest) notFound()
  const m = t(locale)
  return (
    <article>
      <PageHeader
        title={guest.name}
        kicker={m('guests.title')}
        intro={[guest.role, guest.organisation].filter(Boolean).join(', ')}
      />
      <div className="profile">
        {guest.photo ? (
          <Picture image={guest.photo} sizes="12rem" className="profile__photo" />
        ) : null}
        {guest.bio ? <p className="lead">{guest.bio}</p> : null}
        {guest.links.length ? (
          <ul role="list" className="inline-list">
            {guest.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noopener noreferrer">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <section aria-labelledby="guest-episodes" className="section">
        <h2 id="guest-episodes">{m('guests.episodes')}</h2>
        {guest.episodes.length === 0 ? <p>{m('nothingYet')}</p> : null}
        <ul role="list" className="episode-list">
          {guest.episodes.map((e) => (
            <li key={e.id}>
              <EpisodeCard item={e} locale={locale} />
            </li>
          ))}
        </ul>
      </section>
      {guest.interviews.length ? (
        <section aria-labelledby="guest-interviews" className="section">
          <h2 id="guest-interviews">{m('guests.interviews')}</h2>
          <ul role="list" className="plain-list">
            {guest.interviews.map((i) => (
              <li key={i.slug}>
                <Link href={localePath(locale, `/interviews/${i.slug}`)}>{i.title}</Link>
                {i.episode ? (
                  <span className="card__meta">
                    {' '}
                    · {m('episode')} {i.episode.number},{' '}
                    <time dateTime={i.episode.airDate}>
                      {formatDate(locale, i.episode.airDate)}
                    </time>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
