import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react'

/**
 * One labelled control of the submission form, with its hint and its error beside it (both tied
 * to the control by aria-describedby), and whether it is required or optional.
 */
export function Field({
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
