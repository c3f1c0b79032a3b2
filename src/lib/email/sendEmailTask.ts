import type { TaskConfig } from 'payload'

/**
 * One email, sent by Payload's job queue: a failed send is logged and retried with growing
 * pauses, and never holds up the submission that asked for it.
 */
export const sendEmailTask: TaskConfig<{
  input: { to: string; subject: string; text: string }
  output: object
}> = {
  slug: 'sendEmail',
  label: 'Send an email',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text })
    return { output: {} }
  },
}
