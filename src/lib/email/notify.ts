import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n'
import { serverURL } from '@/lib/env'

type Message = { to: string; subject: string; text: string }

/**
 * Queues messages and starts sending them now; whatever fails is retried by the job queue. Given
 * the request of a save, they are queued in its transaction (a decision rolled back sends no
 * email) and sending starts once that transaction has ended.
 */
export async function queueEmails(payload: Payload, messages: Message[], req?: PayloadRequest) {
  for (const input of messages) {
    try {
      await payload.jobs.queue({ task: 'sendEmail', input, req })
    } catch (err) {
      payload.logger.error({ err, msg: `Could not queue email to ${input.to}` })
    }
  }
  if (messages.length)
    void transactionEnded(req)
      .then(() => payload.jobs.run({ limit: 20 }))
      .catch((err) => payload.logger.error({ err, msg: 'Email queue run failed; it will retry' }))
}

/** Resolves when the request's transaction has been committed or rolled back (at most 30 s). */
async function transactionEnded(req?: PayloadRequest) {
  for (let waited = 0; req?.transactionID && waited < 30_000; waited += 25)
    await new Promise((resolve) => setTimeout(resolve, 25))
}

const copy = {
  en: {
    receiptSubject: (title: string) => `We received “${title}”`,
    receipt: (title: string, link: string) =>
      `Thank you for sending “${title}” to Voice & Visibility.\n\nFollow it (and withdraw it if you change your mind) with your private link:\n${link}\n\nKeep this link to yourself: anyone who has it can see the status of your piece.`,
    decisionSubject: (title: string) => `News about “${title}”`,
    accepted: (title: string) =>
      `Good news: the editors accepted “${title}”. It will be published soon.`,
    declined: (title: string) =>
      `Thank you for sending “${title}”. The editors did not select it this time.`,
    followUp: 'Your receipt email has the private link to follow your piece.',
    message: 'A message from the editors:',
  },
  es: {
    receiptSubject: (title: string) => `Recibimos «${title}»`,
    receipt: (title: string, link: string) =>
      `Gracias por enviar «${title}» a Voz y Visibilidad.\n\nSiga su obra (y retírela si cambia de opinión) con su enlace privado:\n${link}\n\nNo comparta este enlace: quien lo tenga puede ver el estado de su obra.`,
    decisionSubject: (title: string) => `Noticias sobre «${title}»`,
    accepted: (title: string) =>
      `Buenas noticias: el equipo editorial aceptó «${title}». Se publicará pronto.`,
    declined: (title: string) =>
      `Gracias por enviar «${title}». El equipo editorial no la seleccionó esta vez.`,
    followUp: 'Su correo de recibo tiene el enlace privado para seguir su obra.',
    message: 'Un mensaje del equipo editorial:',
  },
}

/** The receipt to the contributor (when they gave an email) and a notice to every editor. */
export async function notifySubmission(
  payload: Payload,
  args: { locale: Locale; email: string; title: string; statusPath: string; adminPath: string },
) {
  const c = copy[args.locale]
  const messages: Message[] = []
  if (args.email)
    messages.push({
      to: args.email,
      subject: c.receiptSubject(args.title),
      text: c.receipt(args.title, `${serverURL}${args.statusPath}`),
    })
  const editors = await payload.find({
    collection: 'users',
    where: { roles: { in: ['editor', 'admin'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  for (const editor of editors.docs)
    messages.push({
      to: editor.email,
      subject: `New submission: ${args.title}`,
      text: `A new piece is waiting in the review queue:\n${serverURL}${args.adminPath}`,
    })
  await queueEmails(payload, messages)
}

/** Tells the contributor about a decision, in the first language of their record. */
export async function notifyDecision(
  payload: Payload,
  req: PayloadRequest | undefined,
  args: {
    email: string
    languages: string[]
    title: string
    decision: 'accepted' | 'declined'
    message: string
  },
) {
  if (!args.email) return
  const c = copy[args.languages[0] === 'es' ? 'es' : 'en']
  const text = [
    c[args.decision](args.title),
    args.message ? `${c.message}\n${args.message}` : '',
    c.followUp,
  ]
    .filter(Boolean)
    .join('\n\n')
  await queueEmails(
    payload,
    [{ to: args.email, subject: c.decisionSubject(args.title), text }],
    req,
  )
}
