/** Environment read once, with the defaults that make `npm run dev` work on a fresh clone. */

export const serverURL = (process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000').replace(
  /\/$/,
  '',
)

const DEV_SECRET = 'voice-and-visibility-development-secret-not-for-production'

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (
    process.env.NODE_ENV === 'production' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    console.error(
      'PAYLOAD_SECRET is not set: production needs a long random secret (see .env.example).',
    )
    process.exit(1)
  }
  return DEV_SECRET
}
