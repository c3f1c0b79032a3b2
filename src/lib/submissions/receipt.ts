import { createHash, randomBytes } from 'node:crypto'

/**
 * Receipt codes: 24 random bytes (192 bits) as URL-safe text. Only a hash is stored, so the
 * database alone cannot be used to follow or withdraw someone's submission.
 */
export const newReceiptCode = () => randomBytes(24).toString('base64url')

export const hashReceiptCode = (code: string) =>
  createHash('sha256').update(`voice-and-visibility:receipt:${code}`).digest('hex')

/** A well-formed code (32 URL-safe characters), before any database lookup. */
export const isReceiptCode = (code: string) => /^[A-Za-z0-9_-]{32}$/.test(code)
