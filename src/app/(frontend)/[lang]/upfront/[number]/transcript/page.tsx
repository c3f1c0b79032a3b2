import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PageHeader } from '@/components/PageHeader'
import { Transcript } from '@/components/Transcript'
import { formatDate, localePath, t } from '@/i18n'
import { getEpisode } from '@/lib/data/episodes'
import { pageLocale, positiveInt } from '@/lib/locale'
import { pageMetadata, summarize } from '@/lib/seo'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; number: string }> }

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const number = positiveInt((await params).number)
  const episode = number ? await getEpisode(locale, number) : null
  return { locale, episode }
}

export async function generateMetadata({ params }: Props) {
  const { locale, episode } = await load(params)
  if (!episode) return {}
  const m = t(locale)
  return pageMetadata({
    locale,
    path: `/upfront/${episode.number}/transcript`,
    title: `${m('upfront.transcript')}: ${m('episode')} ${episode.number}, ${episode.title}`,
    description: summarize(episode.transcript.paragraphs.join(' ') || episode.summary),
  })
}

/** The transcript as a plain page to read, print or hand to a screen reader. */
export default async function TranscriptPage({ params }: Props) {
  const { locale, episode } = await load(params)
  if (!episode) notFound()
  const m = t(locale)
  return (
    <article className="reading">
      <PageHeader
        title={`${m('upfront.transcript')}: ${episode.title}`}
        kicker={
          <>
            UpFront! · {m('episode')} {episode.number} ·{' '}
            <time dateTime={episode.airDate}>{formatDate(locale, episode.airDate)}</time>
          </>
        }
      />
      <p>
        <Link href={localePath(locale, `/upfront/${episode.number}`)}>
          ← {m('upfront.backToEpisode')}
        </Link>
        {episode.transcript.timed ? (
          <>
            {' · '}
            <a href={`/upfront/${episode.number}/transcript.vtt`} type="text/vtt">
              {m('upfront.captions')}
            </a>
          </>
        ) : null}
      </p>
      <div className="prose">
        {episode.transcript.paragraphs.length ? (
          <Transcript
            transcript={episode.transcript}
            episodePath={localePath(locale, `/upfront/${episode.number}`)}
            jumpTo={m('upfront.jumpTo')}
          />
        ) : (
          <p>{m('upfront.noTranscript')}</p>
        )}
      </div>
    </article>
  )
}
