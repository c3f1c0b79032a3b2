import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transport } from 'nodemailer'

/**
 * Payload's email through its official nodemailer adapter, configured by SMTP_* settings.
 * Without SMTP_HOST (local development, tests) each message is written to the server log instead
 * of being sent: a nodemailer transport that logs (the adapter's own fallback would create an
 * ethereal.email account over the network, which these machines cannot reach).
 */
export function emailAdapter() {
  const defaultFromAddress = process.env.EMAIL_FROM ?? 'editors@voice-and-visibility.example'
  const defaultFromName = process.env.EMAIL_FROM_NAME ?? 'Voice & Visibility'
  const host = process.env.SMTP_HOST
  const port = Number(process.env.SMTP_PORT ?? 587)
  return nodemailerAdapter({
    defaultFromAddress,
    defaultFromName,
    // Verifying would open a connection at every boot; a failed send is retried by the job queue.
    skipVerify: true,
    ...(host
      ? {
          transportOptions: {
            host,
            port,
            secure: process.env.SMTP_SECURE === 'true' || port === 465,
            auth: process.env.SMTP_USER
              ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' }
              : undefined,
            connectionTimeout: 10_000,
            greetingTimeout: 10_000,
          },
        }
      : { transport: nodemailer.createTransport(logTransport) }),
  })
}

/** A nodemailer transport that writes each message to the log (no SMTP_HOST set). */
const logTransport: Transport<{ logged: true }> = {
  name: 'log',
  version: '1',
  send(mail, done) {
    const { to, subject, text } = mail.data
    console.info(
      `Email (no SMTP_HOST set, so logged, not sent) to ${String(to)}: ${String(subject)}\n${String(text ?? '')}`,
    )
    done(null, { logged: true })
  },
}
