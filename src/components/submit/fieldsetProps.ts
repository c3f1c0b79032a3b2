/** What each fieldset of the submission form is given: the values sent, and each field's error. */
export type FieldsetProps = {
  /** What the worker sent last time (the form comes back with it after an error). */
  values: Record<string, string>
  /** The message for a field's error, in the form's language, if it has one. */
  error: (name: string) => string | undefined
}
