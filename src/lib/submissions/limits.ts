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

/** Image types accepted, checked against the file's bytes (never its name). SVG is not one. */
export const ALLOWED_IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
]
