/** The limits a submission is held to; the README and the form state them. */
export const SUBMISSION_LIMITS = {
  titleChars: 200,
  textChars: 50_000,
  statementChars: 5_000,
  nameChars: 120,
  maxImages: 6,
  imageBytes: 10 * 1024 * 1024,
  /** Submissions per address in the window before the form asks the person to wait. */
  perAddress: 5,
  windowMs: 10 * 60 * 1000,
} as const
