import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Payload's email through nodemailer, configured by SMTP_* settings. Without SMTP_HOST (local
 * development) each message is written to the server log instead. (Payload's own
 * @payloadcms/email-nodemailer has no release for this Payload version, and Payload refuses to
 * start beside a mismatched @payloadcms package, so this is the same few lines, kept here.)
 */
export const smtpAdapter: EmailAdapter = ({ payload }) => {
  const defaultFromAddress = process.env.EMAIL_FROM ?? 'editors@voice-and-visibility.example'
  const defaultFromName = process.env.EMAIL_FROM_NAME ?? 'Voice & Visibility'
  const host = process.env.SMTP_HOST
  const port = Number(process.env.SMTP_PORT ?? 587)
  const transport = host
    ? nodemailer.createTransport({
        host,
        port,
        secure: process.env.SMTP_SECURE === 'true' || port === 465,
        auth: process.env.SMTP_USER
          ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' }
          : undefined,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
      })
    : null
  return {
    name: transport ? 'smtp' : 'log',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message) => {
      const from = message.from ?? { name: defaultFromName, address: defaultFromAddress }
      if (!transport) {
        payload.logger.info(
          `Email (no SMTP_HOST set, so logged, not sent) to ${String(message.to)}: ${String(message.subject)}\n${String(message.text ?? '')}`,
        )
        return { logged: true }
      }
      return transport.sendMail({ ...message, from })
    },
  }
}
