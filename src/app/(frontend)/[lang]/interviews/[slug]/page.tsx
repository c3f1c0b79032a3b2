import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PageHeader } from '@/components/PageHeader'
import { TopicLinks } from '@/components/TopicLinks'
import { formatDate, formatDuration, localePath, t } from '@/i18n'
import { getInterview } from '@/lib/data/interviews'
import { pageLocale } from '@/lib/locale'
import { pageMetadata, summarize } from '@/lib/seo'

// Made on its first request, then served from cache until its data changes (see the layout).
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const interview = await getInterview(locale, slug)
  if (!interview) return {}
  return pageMetadata({
    locale,
    path: `/interviews/${slug}`,
    title: interview.title,
    description: summarize(interview.summary || interview.guests.map((g) => g.name).join(', ')),
  })
}

export default async function InterviewPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const interview = await getInterview(locale, slug)
  if (!interview) notFound()
  const m = t(locale)
  const ep = interview.episode
  return (
    <article className="reading">
      <PageHeader
        title={interview.title}
        kicker={
          ep ? (
            <>
              {m('interviews.onEpisode')}{' '}
              <Link href={localePath(locale, `/upfront/${ep.number}`)}>
                {ep.number}: {ep.title}
              </Link>{' '}
              · <time dateTime={ep.airDate}>{formatDate(locale, ep.airDate)}</time>
            </>
          ) : (
            'UpFront!'
          )
        }
        intro={interview.summary}
      />
      {interview.guests.length ? (
        <ul role="list" className="guest-list">
          {interview.guests.map((g) => (
            <li key={g.slug}>
              <Link href={localePath(locale, `/guests/${g.slug}`)}>{g.name}</Link>
              {g.role || g.organisation ? (
                <span>{[g.role, g.organisation].filter(Boolean).join(', ')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {ep && interview.startTime !== null ? (
        <p>
          <Link href={localePath(locale, `/upfront/${ep.number}?t=${interview.startTime}`)}>
            {m('interviews.listen')} ({formatDuration(interview.startTime)})
          </Link>
        </p>
      ) : null}
      {interview.quotes.length ? (
        <section aria-labelledby="quotes">
          <h2 id="quotes">{m('interviews.pullQuotes')}</h2>
          {interview.quotes.map((q) => (
            <blockquote key={q} className="pull-quote">
              <p>{q}</p>
            </blockquote>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="interview-transcript">
        <h2 id="interview-transcript">{m('upfront.transcript')}</h2>
        <div className="prose">
          {interview.transcript ? (
            interview.transcript.split(/\n{2,}/).map((p, i) => <p key={i}>{p}</p>)
          ) : (
            <p>{m('upfront.noTranscript')}</p>
          )}
        </div>
      </section>
      <TopicLinks locale={locale} topics={interview.topics} base="/upfront" />
    </article>
  )
}
