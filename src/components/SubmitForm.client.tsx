'use client'

import {
  cloneElement,
  isValidElement,
  useActionState,
  useState,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react'

import { submitAction, type SubmitState } from '@/app/(frontend)/[lang]/submit/actions'
import { CREDITS, PIECE_LANGUAGES, WRITING_FORMS } from '@/lib/vocabularies'
import { useTranslations } from 'use-intl'

import { languageNames, localePath, type Locale } from '@/i18n/routing'
import { IMAGE_TYPES } from '@/lib/media/types.mjs'
import type { ErrorCode } from '@/lib/submissions/schema'

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
  const [credit, setCredit] = useState(v.credit || 'name')
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

      <fieldset hidden={enhanced && kind !== 'writing'} className="section-box">
        <legend>{m('writingSection')}</legend>
        <Field id="form" label={m('form')} error={error('form')}>
          <select id="form" name="form" defaultValue={v.form || 'poem'}>
            {WRITING_FORMS.map((f) => (
              <option key={f} value={f}>
                {forms(f)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="text"
          label={m('text')}
          hint={m('textHint')}
          error={error('text')}
          required={m('required')}
        >
          <textarea id="text" name="text" rows={12} defaultValue={v.text} />
        </Field>
      </fieldset>

      <fieldset hidden={enhanced && kind !== 'artwork'} className="section-box">
        <legend>{m('artSection')}</legend>
        <Field
          id="images"
          label={m('images')}
          hint={
            state.errors.images || (v.kind === 'artwork' && hasErrors)
              ? `${m('imagesHint')} ${m('imagesAgain')}`
              : m('imagesHint')
          }
          error={error('images')}
          required={m('required')}
        >
          <input id="images" name="images" type="file" multiple accept={IMAGE_TYPES.join(',')} />
        </Field>
        <Field
          id="imageDescription"
          label={m('imageDescription')}
          error={error('imageDescription')}
        >
          <textarea
            id="imageDescription"
            name="imageDescription"
            rows={3}
            defaultValue={v.imageDescription}
          />
        </Field>
        <Field id="medium" label={m('medium')} error={error('medium')}>
          <input id="medium" name="medium" type="text" defaultValue={v.medium} />
        </Field>
        <Field id="year" label={m('year')} error={error('year')}>
          <input id="year" name="year" type="text" inputMode="numeric" defaultValue={v.year} />
        </Field>
        <Field id="statement" label={m('statement')} error={error('statement')}>
          <textarea id="statement" name="statement" rows={4} defaultValue={v.statement} />
        </Field>
      </fieldset>

      <fieldset aria-describedby="credit-hint">
        <legend>{m('creditLegend')}</legend>
        <p id="credit-hint" className="hint">
          {m('creditHint')}
        </p>
        <div className="choices">
          {CREDITS.map((c) => (
            <label key={c} className="choice">
              <input
                type="radio"
                name="credit"
                value={c}
                defaultChecked={credit === c}
                onChange={() => setCredit(c)}
              />
              {m(`credits.${c}`)}
            </label>
          ))}
        </div>
        <div hidden={enhanced && credit !== 'name'}>
          <Field id="name" label={m('name')} error={error('name')}>
            <input id="name" name="name" type="text" autoComplete="name" defaultValue={v.name} />
          </Field>
        </div>
        <div hidden={enhanced && credit !== 'penName'}>
          <Field id="penName" label={m('penName')} error={error('penName')}>
            <input id="penName" name="penName" type="text" defaultValue={v.penName} />
          </Field>
        </div>
      </fieldset>

      <fieldset
        aria-describedby={error('consents') ? 'consents-error consents-hint' : 'consents-hint'}
        aria-invalid={error('consents') ? true : undefined}
      >
        <legend>{m('consentLegend')}</legend>
        <p id="consents-hint" className="hint">
          {m('consentHint')}
        </p>
        {error('consents') ? (
          <p id="consents-error" className="field-error">
            {error('consents')}
          </p>
        ) : null}
        {(['consentOnline', 'consentPrint', 'consentReadAloud'] as const).map((c) => (
          <label key={c} className="choice">
            <input type="checkbox" name={c} defaultChecked={v[c] === 'on'} />
            {m(c)}
          </label>
        ))}
      </fieldset>

      <fieldset aria-describedby="contact-hint">
        <legend>{m('contactLegend')}</legend>
        <p id="contact-hint" className="hint">
          {m('contactHint')}
        </p>
        <Field id="email" label={m('email')} error={error('email')} optional={m('optional')}>
          <input id="email" name="email" type="email" autoComplete="email" defaultValue={v.email} />
        </Field>
        <Field id="phone" label={m('phone')} error={error('phone')} optional={m('optional')}>
          <input id="phone" name="phone" type="tel" autoComplete="tel" defaultValue={v.phone} />
        </Field>
        <Field
          id="workplace"
          label={m('workplace')}
          hint={m('privateHint')}
          error={error('workplace')}
          optional={m('optional')}
        >
          <input id="workplace" name="workplace" type="text" defaultValue={v.workplace} />
        </Field>
        <Field
          id="union"
          label={m('union')}
          hint={m('privateHint')}
          error={error('union')}
          optional={m('optional')}
        >
          <input id="union" name="union" type="text" defaultValue={v.union} />
        </Field>
      </fieldset>

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

function Field({
  id,
  label,
  hint,
  error,
  required,
  optional,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  required?: string
  optional?: string
  children: ReactNode
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__note"> ({required})</span> : null}
        {optional ? <span className="field__note"> ({optional})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <Described describedBy={describedBy} invalid={!!error}>
        {children}
      </Described>
    </div>
  )
}

/** Adds aria-describedby / aria-invalid to the single control inside a field. */
function Described({
  describedBy,
  invalid,
  children,
}: {
  describedBy: string
  invalid: boolean
  children: ReactNode
}) {
  if (!isValidElement(children)) return <>{children}</>
  return cloneElement(children as ReactElement<Record<string, unknown>>, {
    'aria-describedby': describedBy || undefined,
    'aria-invalid': invalid || undefined,
  })
}
