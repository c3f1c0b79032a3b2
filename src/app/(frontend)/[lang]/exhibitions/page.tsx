import Link from 'next/link'

import { PageHeader } from '@/components/PageHeader'
import { Picture } from '@/components/Picture'
import { formatDateSpan, localePath, t, type Locale } from '@/i18n'
import { groupExhibitions, listExhibitions, type ExhibitionCard } from '@/lib/data/exhibitions'
import { pageLocale } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = sectionMetadata('/exhibitions', 'exhibitions')

function ExhibitionList({ items, locale }: { items: ExhibitionCard[]; locale: Locale }) {
  const m = t(locale)
  return (
    <ul role="list" className="exhibition-list">
      {items.map((e) => (
        <li key={e.id} className="exhibition-card">
          {e.cover ? <Picture image={e.cover} sizes="(min-width: 48rem) 20rem, 95vw" /> : null}
          <div>
            <h3>
              <Link href={localePath(locale, `/exhibitions/${e.slug}`)}>{e.title}</Link>
            </h3>
            <p className="card__meta">{formatDateSpan(locale, e.opens, e.closes)}</p>
            <p>
              {e.venue} · {m('exhibitions.workCount', { n: e.workCount })}
            </p>
          </div>
        </li>
      ))}
    </ul>
  )
}

export default async function ExhibitionsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  const groups = groupExhibitions(await listExhibitions(locale))
  const sections = [
    { id: 'current', title: m('exhibitions.current'), items: groups.current },
    { id: 'upcoming', title: m('exhibitions.upcoming'), items: groups.upcoming },
    { id: 'past', title: m('exhibitions.past'), items: groups.past },
  ].filter((s) => s.items.length)
  return (
    <>
      <PageHeader title={m('exhibitions.title')} intro={m('exhibitions.intro')} />
      {sections.length === 0 ? <p>{m('nothingYet')}</p> : null}
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`ex-${s.id}`} className="section">
          <h2 id={`ex-${s.id}`}>{s.title}</h2>
          <ExhibitionList items={s.items} locale={locale} />
        </section>
      ))}
    </>
  )
}
