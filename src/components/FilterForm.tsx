import Link from 'next/link'

import { t, type Locale } from '@/i18n'

export type FilterField =
  | {
      kind: 'select'
      name: string
      label: string
      value?: string | number
      options: { value: string | number; label: string; lang?: string }[]
    }
  | { kind: 'search'; name: string; label: string; value?: string }

/**
 * Archive filters as a plain GET form: works without JavaScript, every control labelled, the
 * result is a shareable URL.
 */
export function FilterForm({
  locale,
  action,
  fields,
}: {
  locale: Locale
  action: string
  fields: FilterField[]
}) {
  const m = t(locale, 'filters')
  const active = fields.some((f) => f.value !== undefined && f.value !== '')
  return (
    <form method="get" action={action} className="filters" role="search" aria-label={m('legend')}>
      {fields.map((f) => {
        const id = `filter-${f.name}`
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>{f.label}</label>
            {f.kind === 'search' ? (
              <input id={id} name={f.name} type="search" defaultValue={f.value ?? ''} />
            ) : (
              <select id={id} name={f.name} defaultValue={f.value ?? ''}>
                <option value="">{m('any')}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value} lang={o.lang}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </div>
        )
      })}
      <div className="filters__actions">
        <button type="submit">{m('apply')}</button>
        {active ? <Link href={action}>{m('clear')}</Link> : null}
      </div>
    </form>
  )
}
