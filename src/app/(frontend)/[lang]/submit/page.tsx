import { PageHeader } from '@/components/PageHeader'
import { SubmitForm } from '@/components/SubmitForm.client'
import { pickMessages, t } from '@/i18n'
import { Messages } from '@/i18n/Messages.client'
import { pageLocale } from '@/lib/locale'
import { sectionMetadata } from '@/lib/seo'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = sectionMetadata('/submit', 'submit')

/** Send your work: no account, a phone-sized form, works without JavaScript. */
export default async function SubmitPage({ params }: Props) {
  const locale = await pageLocale(params)
  const m = t(locale, 'submit')
  return (
    <div className="narrow">
      <PageHeader title={m('title')} intro={m('intro')} />
      <Messages locale={locale} messages={pickMessages(locale, ['submit', 'forms'])}>
        <SubmitForm locale={locale} />
      </Messages>
    </div>
  )
}
