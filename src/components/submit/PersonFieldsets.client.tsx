import { useState } from 'react'
import { useTranslations } from 'use-intl'

import { CREDITS } from '@/lib/vocabularies'
import { Field } from './Field'
import type { FieldsetProps } from './fieldsetProps'

/**
 * How the piece is credited: by name, pen name or anonymously. With JavaScript only the chosen
 * credit's field shows; without it, both do.
 */
export function CreditFieldset({
  values: v,
  error,
  enhanced,
}: FieldsetProps & { enhanced: boolean }) {
  const m = useTranslations('submit')
  const [credit, setCredit] = useState(v.credit || 'name')
  return (
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
  )
}

/** The worker's consents: online, in print and exhibitions, read aloud. */
export function ConsentFieldset({ values: v, error }: FieldsetProps) {
  const m = useTranslations('submit')
  return (
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
  )
}

/** How to reach the worker, and where they work: private, for editors only. */
export function ContactFieldset({ values: v, error }: FieldsetProps) {
  const m = useTranslations('submit')
  return (
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
  )
}
