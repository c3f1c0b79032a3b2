import Link from 'next/link'

import { PageHeader } from '@/components/PageHeader'
import { Picture } from '@/components/Picture'
import { localePath, t } from '@/i18n'
import { listCompilations } from '@/lib/data/compilations'
import { pageLocale } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = sectionMetadata('/compilations', 'compilations')

export default async function CompilationsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  const list = await listCompilations(locale)
  return (
    <>
      <PageHeader title={m('compilations.title')} intro={m('compilations.intro')} />
      {list.length === 0 ? <p>{m('nothingYet')}</p> : null}
      <ul role="list" className="book-list">
        {list.map((c) => (
          <li key={c.id} className="book">
            {c.cover ? (
              <Picture image={c.cover} sizes="10rem" />
            ) : (
              <div className="book__cover" aria-hidden="true">
                <span>{c.title}</span>
              </div>
            )}
            <div>
              <h2>
                <Link href={localePath(locale, `/compilations/${c.slug}`)}>{c.title}</Link>
              </h2>
              <p className="card__meta">
                {c.year} · {m('compilations.entryCount', { n: c.entryCount })}
              </p>
              {c.editors ? (
                <p>
                  {m('compilations.editedBy')} {c.editors}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
