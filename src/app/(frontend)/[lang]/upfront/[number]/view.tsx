import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PageHeader } from '@/components/PageHeader'
import { Picture } from '@/components/Picture'
import { PreviewBar } from '@/components/PreviewBar.client'
import { Player } from '@/components/Player.client'
import { RichText } from '@/components/RichText'
import { TopicLinks } from '@/components/TopicLinks'
import { Transcript } from '@/components/Transcript'
import { formatDate, formatDuration, localePath, t } from '@/i18n'
import { getEpisode } from '@/lib/data/episodes'
import { pageLocale, positiveInt } from '@/lib/locale'
import { previewViewer } from '@/lib/preview'
import { pageMetadata, summarize } from '@/lib/seo'

type Props = {
  params: Promise<{ lang: string; number: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const number = positiveInt((await params).number)
  const viewer = await previewViewer()
  const episode = number ? await getEpisode(locale, number, viewer) : null
  return { locale, episode, viewer }
}

export async function generateMetadata({ params }: Props) {
  const { locale, episode } = await load(params)
  if (!episode) return {}
  const m = t(locale)
  return pageMetadata({
    locale,
    path: `/upfront/${episode.number}`,
    title: `${m('episode')} ${episode.number}: ${episode.title}`,
    description: summarize(episode.summary),
    image: episode.social,
  })
}

export default async function EpisodePage({ params, searchParams }: Props) {
  const { locale, episode, viewer } = await load(params)
  if (!episode) notFound()
  const m = t(locale)
  const start = positiveInt((await searchParams).t)
  const transcriptPath = localePath(locale, `/upfront/${episode.number}/transcript`)
  return (
    <article className="episode">
      {viewer ? <PreviewBar label={m('preview.label')} exit={m('preview.exit')} /> : null}
      <PageHeader
        title={episode.title}
        kicker={
          <>
            UpFront! · {episode.season ? `${m('upfront.season')} ${episode.season} · ` : ''}
            {m('episode')} {episode.number} ·{' '}
            <time dateTime={episode.airDate}>{formatDate(locale, episode.airDate)}</time>
            {episode.duration ? ` · ${formatDuration(episode.duration)}` : ''}
          </>
        }
        intro={episode.summary}
      />
      <div className="episode__layout">
        <div>
          {episode.image ? (
            <Picture
              image={episode.image}
              sizes="(min-width: 48rem) 36rem, 95vw"
              priority
              className="episode__image"
            />
          ) : null}
          {episode.audio ? (
            <Player
              src={episode.audio.url}
              type={episode.audio.type}
              start={start}
              label={`${m('upfront.player')}: ${episode.title}`}
              segments={episode.segments
                .filter((s) => s.startTime !== null)
                .map((s) => ({ title: s.title, start: s.startTime ?? 0 }))}
              labels={{
                segments: m('upfront.segments'),
                jumpTo: m('upfront.jumpTo'),
                download: m('upfront.downloadAudio'),
              }}
            />
          ) : null}
          <p>
            <Link href={transcriptPath}>{m('upfront.readTranscript')}</Link>
          </p>

          {episode.guests.length ? (
            <section aria-labelledby="guests">
              <h2 id="guests">{m('upfront.guests')}</h2>
              <ul role="list" className="guest-list">
                {episode.guests.map((g) => (
                  <li key={g.slug}>
                    <Link href={localePath(locale, `/guests/${g.slug}`)}>{g.name}</Link>
                    {g.role || g.organisation ? (
                      <span>{[g.role, g.organisation].filter(Boolean).join(', ')}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {episode.segments.length ? (
            <section aria-labelledby="segments">
              <h2 id="segments">{m('upfront.segments')}</h2>
              <ol className="segment-list">
                {episode.segments.map((s) => (
                  <li key={s.slug}>
                    <Link href={localePath(locale, `/interviews/${s.slug}`)}>{s.title}</Link>
                    {s.startTime !== null ? (
                      <span className="card__meta"> · {formatDuration(s.startTime)}</span>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {episode.showNotes ? (
            <section aria-labelledby="notes">
              <h2 id="notes">{m('upfront.showNotes')}</h2>
              <RichText data={episode.showNotes} />
            </section>
          ) : null}
          <TopicLinks locale={locale} topics={episode.topics} base="/upfront" />
        </div>

        <section aria-labelledby="transcript" className="transcript">
          <h2 id="transcript">{m('upfront.transcript')}</h2>
          {episode.transcript.paragraphs.length ? (
            <div
              className="transcript__text"
              role="group"
              tabIndex={0}
              aria-labelledby="transcript"
            >
              <Transcript
                transcript={episode.transcript}
                episodePath={localePath(locale, `/upfront/${episode.number}`)}
                jumpTo={m('upfront.jumpTo')}
              />
            </div>
          ) : (
            <p>{m('upfront.noTranscript')}</p>
          )}
        </section>
      </div>
    </article>
  )
}
