'use client'

import { useActionState, useState, useSyncExternalStore } from 'react'

import { submitAction, type SubmitState } from '@/app/(frontend)/[lang]/submit/actions'
import { PIECE_LANGUAGES } from '@/lib/vocabularies'
import { useTranslations } from 'use-intl'

import { languageNames, localePath, type Locale } from '@/i18n/routing'
import type { ErrorCode } from '@/lib/submissions/schema'
import { Field } from './submit/Field'
import { ConsentFieldset, ContactFieldset, CreditFieldset } from './submit/PersonFieldsets.client'
import { ArtworkFieldset, WritingFieldset } from './submit/WorkFieldsets.client'

const noSubscription = () => () => undefined

/**
 * The submission form. A plain form posting to a server action: it works without JavaScript
 * (the server answers with the page and its errors); with JavaScript only the fields for the
 * chosen kind of work are shown. Every control is labelled and every error sits beside its field.
 */
export function SubmitForm({ locale }: { locale: Locale }) {
  const m = useTranslations('submit')
  const forms = useTranslations('forms')
  const [state, action, pending] = useActionState<SubmitState, FormData>(
    submitAction,
    {
      errors: {},
      values: {},
    },
    // The page the form posts to without JavaScript (and the form's action attribute).
    localePath(locale, '/submit'),
  )
  const v = state.values
  const [kind, setKind] = useState(v.kind || 'writing')
  // False in the server's HTML (every section shown), true once the page is interactive.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const error = (name: string) => {
    const code = state.errors[name] as ErrorCode | undefined
    return code ? m(`errors.${code}`) : undefined
  }
  const hasErrors = Object.keys(state.errors).length > 0 || state.form
  const formMessage =
    state.form === 'rateLimited'
      ? m('errors.rateLimited', { minutes: state.retryMinutes ?? 10 })
      : state.form
        ? m(`errors.${state.form}`)
        : hasErrors
          ? m('errorSummary')
          : null

  return (
    <form action={action} className="submit-form" noValidate>
      <input type="hidden" name="lang" value={locale} />
      {formMessage ? (
        <p className="form-alert" role="alert">
          {formMessage}
        </p>
      ) : null}

      <fieldset>
        <legend>{m('kindLegend')}</legend>
        <div className="choices">
          {(['writing', 'artwork'] as const).map((k) => (
            <label key={k} className="choice">
              <input
                type="radio"
                name="kind"
                value={k}
                defaultChecked={kind === k}
                onChange={() => setKind(k)}
              />
              {m(`kinds.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <Field id="title" label={m('titleLabel')} error={error('title')} required={m('required')}>
        <input id="title" name="title" type="text" defaultValue={v.title} maxLength={200} />
      </Field>
      <Field id="language" label={m('language')} error={error('language')}>
        <select id="language" name="language" defaultValue={v.language || locale}>
          {PIECE_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l === 'other' ? undefined : l}>
              {l === 'other' ? forms('other') : languageNames[l]}
            </option>
          ))}
        </select>
      </Field>

      <WritingFieldset values={v} error={error} hidden={enhanced && kind !== 'writing'} />

      <ArtworkFieldset
        values={v}
        error={error}
        hidden={enhanced && kind !== 'artwork'}
        askAgainForImages={Boolean(state.errors.images || (v.kind === 'artwork' && hasErrors))}
      />

      <CreditFieldset values={v} error={error} enhanced={enhanced} />

      <ConsentFieldset values={v} error={error} />

      <ContactFieldset values={v} error={error} />

      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">{m('honeypot')}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <button type="submit" disabled={pending}>
        {pending ? m('sending') : m('send')}
      </button>
    </form>
  )
}
