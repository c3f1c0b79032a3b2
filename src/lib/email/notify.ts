import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale, isLocale, t, type Locale } from '@/i18n'
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

/** The receipt to the contributor (when they gave an email) and a notice to every editor. */
export async function notifySubmission(
  payload: Payload,
  args: { locale: Locale; email: string; title: string; statusPath: string; adminPath: string },
) {
  const m = t(args.locale, 'email')
  const messages: Message[] = []
  if (args.email)
    messages.push({
      to: args.email,
      subject: m('receiptSubject', { title: args.title }),
      text: m('receipt', { title: args.title, link: `${serverURL}${args.statusPath}` }),
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

/** Tells the contributor about a decision, in the first of their languages the site speaks. */
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
  const m = t(args.languages.find(isLocale) ?? defaultLocale, 'email')
  const text = [
    m(args.decision, { title: args.title }),
    args.message ? `${m('message')}\n${args.message}` : '',
    m('followUp'),
  ]
    .filter(Boolean)
    .join('\n\n')
  await queueEmails(
    payload,
    [{ to: args.email, subject: m('decisionSubject', { title: args.title }), text }],
    req,
  )
}
