import Link from 'next/link'
import { connection } from 'next/server'

import { languageNames, t } from '@/i18n/messages'
import { listLatestArtworks, listLatestEpisodes, listLatestWritings } from '@/lib/data/home'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

export default async function HomePage() {
  // Rendered per request from cached data, so a build never needs the database.
  await connection()
  const m = t('en')
  const [writings, artworks, episodes] = await Promise.all([
    listLatestWritings(6),
    listLatestArtworks(6),
    listLatestEpisodes(3),
  ])

  return (
    <>
      <section className="hero">
        <h1>{m.siteName}</h1>
        <p className="hero__tagline">{m.tagline}</p>
      </section>

      <section aria-labelledby="latest-writing">
        <h2 id="latest-writing">{m.latestWriting}</h2>
        {writings.length === 0 ? (
          <p>{m.nothingYet}</p>
        ) : (
          <ul className="card-grid" role="list">
            {writings.map((w) => (
              <li key={w.id} className="card">
                <p className="card__meta">
                  {m.forms[w.form as keyof typeof m.forms] ?? w.form} ·{' '}
                  {languageNames[w.language] ?? w.language}
                </p>
                <h3 lang={w.language}>
                  <Link href={`/writing/${w.slug}`}>{w.title}</Link>
                </h3>
                <p className="card__byline">{w.byline || m.anonymous}</p>
                {w.excerpt ? (
                  <p className="card__excerpt" lang={w.language}>
                    {w.excerpt}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="latest-art">
        <h2 id="latest-art">{m.latestArt}</h2>
        <ul className="art-grid" role="list">
          {artworks.map((a) => (
            <li key={a.id} className="art-card">
              {a.image ? (
                // eslint-disable-next-line @next/next/no-img-element -- sizes come from Payload's sharp output
                <img
                  src={a.image.url}
                  alt={a.image.alt}
                  width={a.image.width}
                  height={a.image.height}
                  loading="lazy"
                />
              ) : null}
              <h3>
                <Link href={`/art/${a.slug}`}>{a.title}</Link>
              </h3>
              <p className="card__byline">
                {a.byline || m.anonymous}
                {a.medium ? ` · ${a.medium}` : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest-episodes">
        <h2 id="latest-episodes">{m.latestEpisodes}</h2>
        <ul className="episode-list" role="list">
          {episodes.map((e) => (
            <li key={e.id}>
              <p className="card__meta">
                {m.episode} {e.number} ·{' '}
                <time dateTime={e.airDate}>{dateFormat.format(new Date(e.airDate))}</time>
              </p>
              <h3>
                <Link href={`/upfront/${e.number}`}>{e.title}</Link>
              </h3>
              <p>{e.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
