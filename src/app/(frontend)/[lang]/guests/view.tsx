import Link from 'next/link'

import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { localePath, t } from '@/i18n'
import { listGuests } from '@/lib/data/guests'
import { pageLocale, positiveInt } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = {
  params: Promise<{ lang: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = sectionMetadata('/guests', 'guests')

export default async function GuestsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale)
  const page = positiveInt((await searchParams).page) ?? 1
  const result = await listGuests(locale, page)
  const path = localePath(locale, '/guests')
  return (
    <>
      <PageHeader title={m('guests.title')} intro={m('guests.intro')} />
      <ul role="list" className="guest-grid">
        {result.items.map((g) => (
          <li key={g.id}>
            <Link href={localePath(locale, `/guests/${g.slug}`)}>{g.name}</Link>
            {g.role || g.organisation ? (
              <span>{[g.role, g.organisation].filter(Boolean).join(', ')}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <Pagination
        locale={locale}
        path={path}
        query={{}}
        page={result.page}
        totalPages={result.totalPages}
      />
    </>
  )
}
