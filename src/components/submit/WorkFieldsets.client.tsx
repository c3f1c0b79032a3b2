import { useTranslations } from 'use-intl'

import { IMAGE_TYPES } from '@/lib/media/types.mjs'
import { WRITING_FORMS } from '@/lib/vocabularies'
import { Field } from './Field'
import type { FieldsetProps } from './fieldsetProps'

/** What a piece of writing needs: its form and its text. */
export function WritingFieldset({ values: v, error, hidden }: FieldsetProps & { hidden: boolean }) {
  const m = useTranslations('submit')
  const forms = useTranslations('forms')
  return (
    <fieldset hidden={hidden} className="section-box">
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
  )
}

/** What a piece of art needs: its images (described), medium, year and statement. */
export function ArtworkFieldset({
  values: v,
  error,
  hidden,
  askAgainForImages,
}: FieldsetProps & { hidden: boolean; askAgainForImages: boolean }) {
  const m = useTranslations('submit')
  return (
    <fieldset hidden={hidden} className="section-box">
      <legend>{m('artSection')}</legend>
      <Field
        id="images"
        label={m('images')}
        hint={askAgainForImages ? `${m('imagesHint')} ${m('imagesAgain')}` : m('imagesHint')}
        error={error('images')}
        required={m('required')}
      >
        <input id="images" name="images" type="file" multiple accept={IMAGE_TYPES.join(',')} />
      </Field>
      <Field id="imageDescription" label={m('imageDescription')} error={error('imageDescription')}>
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
  )
}
