import { PageHeader } from '@/components/PageHeader'
import { SubmitForm } from '@/components/SubmitForm.client'
import { t } from '@/i18n'
import { pageLocale } from '@/lib/locale'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale).submit
  return pageMetadata({ locale, path: '/submit', title: m.title, description: m.intro })
}

/** Send your work: no account, a phone-sized form, works without JavaScript. */
export default async function SubmitPage({ params }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale).submit
  return (
    <div className="narrow">
      <PageHeader title={m.title} intro={m.intro} />
      <SubmitForm locale={locale} />
    </div>
  )
}
