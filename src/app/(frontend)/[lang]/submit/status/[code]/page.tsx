import Link from 'next/link'

import { PageHeader } from '@/components/PageHeader'
import { formatDate, localePath, t } from '@/i18n'
import { submissionStatus } from '@/lib/data/submissions'
import { pageLocale } from '@/lib/locale'
import { withdrawAction } from '../../actions'

type Props = {
  params: Promise<{ lang: string; code: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props) {
  const m = t(await pageLocale(params), 'status')
  // A private page: never indexed, its address never sent to other sites.
  return {
    title: m('title'),
    robots: { index: false, follow: false },
    referrer: 'same-origin' as const,
  }
}

/** Follow a submission with its receipt code: its state in plain words, and withdrawal. */
export default async function StatusPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { code } = await params
  const m = t(locale, 'status')
  const status = await submissionStatus(code)
  const justSent = (await searchParams).received === '1'
  if (!status)
    return (
      <div className="narrow">
        <PageHeader title={m('title')} />
        <p role="alert">{m('notFound')}</p>
        <p>
          <Link href={localePath(locale, '/submit')}>{m('sendAnother')}</Link>
        </p>
      </div>
    )
  const link = localePath(locale, `/submit/status/${code}`)
  return (
    <div className="narrow">
      <PageHeader title={m('title')} />
      {justSent ? (
        <div className="receipt" role="status">
          <p className="receipt__thanks">{m('receivedNow')}</p>
          <p>{m('keepLink')}</p>
          <p>
            <strong>{m('yourCode')}:</strong> <code>{code}</code>
          </p>
          <p>
            <a href={link}>{link}</a>
          </p>
        </div>
      ) : null}
      <section aria-labelledby="piece" className="status-card">
        <h2 id="piece">{status.title}</h2>
        <p className="card__meta">
          {t(locale)(status.kind === 'writing' ? 'types.writings' : 'types.artworks')} · {m('sent')}{' '}
          <time dateTime={status.submittedAt}>{formatDate(locale, status.submittedAt)}</time>
        </p>
        <p className={`status-state status-state--${status.state}`}>
          {m(`states.${status.state}`)}
        </p>
        {status.path ? (
          <p>
            <Link href={localePath(locale, status.path)}>{m('readIt')}</Link>
          </p>
        ) : null}
        {status.message ? (
          <div className="editor-message">
            <h3>{m('fromEditors')}</h3>
            <p>{status.message}</p>
          </div>
        ) : null}
      </section>
      {status.canWithdraw ? (
        <form action={withdrawAction} className="withdraw">
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="lang" value={locale} />
          <p className="hint">{m('withdrawHint')}</p>
          <button type="submit" className="button-secondary">
            {m('withdraw')}
          </button>
        </form>
      ) : null}
      <p>
        <Link href={localePath(locale, '/submit')}>{m('sendAnother')}</Link>
      </p>
    </div>
  )
}
