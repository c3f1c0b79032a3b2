import Link from 'next/link'

import { ArtworkCard } from '@/components/cards/ArtworkCard'
import { EpisodeCard } from '@/components/cards/EpisodeCard'
import { EventCard } from '@/components/cards/EventCard'
import { WritingCard } from '@/components/cards/WritingCard'
import { formatNumber, localePath, t } from '@/i18n'
import { getHomeRadioAndEvents, getHomeWork } from '@/lib/data/home'
import { getNumbers } from '@/lib/data/numbers'
import { pageLocale } from '@/lib/locale'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  return pageMetadata({ locale, path: '/', description: t(locale)('tagline') })
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  const [work, { episode, nextEvent }, numbers] = await Promise.all([
    getHomeWork(locale),
    getHomeRadioAndEvents(locale),
    getNumbers(),
  ])
  const figures = [
    { n: numbers.writers, label: m('numbers.writers') },
    { n: numbers.artists, label: m('numbers.artists') },
    { n: numbers.episodes, label: m('numbers.episodes') },
    { n: numbers.guests, label: m('numbers.guests') },
  ]

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{m('siteName')}</h1>
        <p className="hero__tagline">{m('tagline')}</p>
      </section>

      {work.featuredWritings.length || work.featuredArtworks.length ? (
        <section aria-labelledby="featured" className="section">
          <h2 id="featured">{m('home.featured')}</h2>
          <ul className="featured-grid" role="list">
            {work.featuredArtworks.map((a, i) => (
              <li key={`a${a.id}`}>
                <ArtworkCard item={a} locale={locale} priority={i === 0} />
              </li>
            ))}
            {work.featuredWritings.map((w) => (
              <li key={`w${w.id}`}>
                <WritingCard item={w} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="latest-writing" className="section">
        <div className="section__head">
          <h2 id="latest-writing">{m('home.latestWriting')}</h2>
          <Link href={localePath(locale, '/writing')}>{m('viewAll')}</Link>
        </div>
        {work.latestWritings.length === 0 ? (
          <p>{m('nothingYet')}</p>
        ) : (
          <ul className="card-grid" role="list">
            {work.latestWritings.map((w) => (
              <li key={w.id}>
                <WritingCard item={w} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="latest-art" className="section">
        <div className="section__head">
          <h2 id="latest-art">{m('home.latestArt')}</h2>
          <Link href={localePath(locale, '/art')}>{m('viewAll')}</Link>
        </div>
        <ul className="art-grid" role="list">
          {work.latestArtworks.map((a) => (
            <li key={a.id}>
              <ArtworkCard item={a} locale={locale} />
            </li>
          ))}
        </ul>
      </section>

      <div className="two-col section">
        <section aria-labelledby="latest-episode">
          <h2 id="latest-episode">{m('home.latestEpisode')}</h2>
          {episode ? <EpisodeCard item={episode} locale={locale} /> : <p>{m('nothingYet')}</p>}
          <p>
            <Link href={localePath(locale, '/upfront')}>{m('viewAll')}</Link>
          </p>
        </section>
        <section aria-labelledby="next-event">
          <h2 id="next-event">{m('home.nextEvent')}</h2>
          {nextEvent ? (
            <EventCard item={nextEvent} locale={locale} />
          ) : (
            <p>{m('home.noUpcoming')}</p>
          )}
          <p>
            <Link href={localePath(locale, '/events')}>{m('viewAll')}</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="home-numbers" className="section">
        <div className="section__head">
          <h2 id="home-numbers">{m('home.numbers')}</h2>
          <Link href={localePath(locale, '/numbers')}>{m('home.allNumbers')}</Link>
        </div>
        <ul className="figures" role="list">
          {figures.map((f) => (
            <li key={f.label}>
              <strong>{formatNumber(locale, f.n)}</strong> <span>{f.label}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
