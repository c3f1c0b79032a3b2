import { PageHeader } from '@/components/PageHeader'
import { SubmitForm } from '@/components/SubmitForm.client'
import { t } from '@/i18n'
import { pageLocale } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = sectionMetadata('/submit', (m) => m.submit)

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
