import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload } from './helpers'

type Mail = { to: string[]; raw: string }
const received: Mail[] = []
let failNext = 0
let smtp: SMTPServer
let payload: Payload
let teardown: () => Promise<void>

// The config reads SMTP_* when it is first imported (as Payload configs do), which may be before
// beforeAll: the address is settled before any import.
const smtpPort = vi.hoisted(() => {
  const port = 20_000 + (process.pid % 20_000)
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  return port
})

beforeAll(async () => {
  // A real SMTP server on loopback; it can be told to refuse the next messages.
  smtp = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk) => (raw += chunk.toString()))
      stream.on('end', () => {
        if (failNext > 0) {
          failNext -= 1
          return callback(new Error('451 Try again later'))
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve))
  const booted = await bootPayload()
  payload = booted.payload
  teardown = booted.teardown
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'desk.editor@test.example', password: 'test-password-123', roles: ['editor'] },
  })
})
afterAll(async () => {
  await teardown?.()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

const { notifySubmission } = await import('@/lib/email/notify')
const { submitWork } = await import('@/lib/submissions/submit')
const { parseSubmission } = await import('@/lib/submissions/schema')
const { locales, t } = await import('@/i18n')

const waitFor = async (check: () => boolean, ms = 10_000) => {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting for mail')
    await new Promise((r) => setTimeout(r, 50))
  }
}
const runJobs = () => payload.jobs.run({ limit: 20 })

/** A received message's subject and text, decoded from MIME (encoded words, QP or base64). */
function decode(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const headers = head.replace(/\r?\n[ \t]+/g, ' ')
  const words = (value: string) =>
    value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : qp(data.replace(/_/g, ' ')),
    )
  const qp = (value: string) =>
    Buffer.from(
      value
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8')
  const body = rest.join('\n\n')
  const encoding = /Content-Transfer-Encoding:\s*(\S+)/i.exec(headers)?.[1]?.toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? qp(body)
        : body
  return { subject: words(/^Subject: (.*)$/im.exec(headers)?.[1] ?? ''), text }
}

/** A worker's piece, submitted, then accepted by an editor (which emails the worker). */
async function acceptPiece(
  person: { email: string; displayName: string; language: 'en' | 'ht' },
  title: string,
  message?: string,
) {
  const contributor = await payload.create({
    collection: 'contributors',
    overrideAccess: true,
    data: { displayName: person.displayName, email: person.email, languages: [person.language] },
  })
  const piece = await payload.create({
    collection: 'writings',
    overrideAccess: true,
    draft: true,
    data: {
      title,
      form: 'poem',
      language: person.language,
      body: {
        root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 },
      },
      contributor: contributor.id,
      credit: 'name',
      editorialStatus: 'submitted',
      _status: 'draft',
    },
  })
  await payload.update({
    collection: 'writings',
    id: piece.id,
    overrideAccess: true,
    draft: true,
    data: { editorialStatus: 'accepted', ...(message ? { messageToContributor: message } : {}) },
  })
  await waitFor(() => received.some((m) => m.to.includes(person.email)))
  return received.find((m) => m.to.includes(person.email))!
}

describe('email over SMTP', () => {
  it('sends the contributor a receipt with their private link, and every editor a notice', async () => {
    received.length = 0
    await notifySubmission(payload, {
      locale: 'es',
      email: 'obrera@example.org',
      title: 'Turno de noche',
      statusPath: '/es/submit/status/CODE',
      adminPath: '/admin/collections/writings/1',
    })
    await waitFor(() => received.length >= 2)
    const receipt = received.find((m) => m.to.includes('obrera@example.org'))!
    expect(receipt.raw).toMatch(/Subject: =\?UTF-8\?|Subject: Recibimos/)
    expect(receipt.raw).toContain('/es/submit/status/CODE')
    const notice = received.find((m) => m.to.includes('desk.editor@test.example'))!
    expect(notice.raw).toContain('/admin/collections/writings/1')
  })

  it('retries a failed send, and the submission was stored regardless', async () => {
    received.length = 0
    failNext = 1
    const parsed = parseSubmission({
      kind: 'writing',
      title: 'Retry me',
      form: 'poem',
      language: 'en',
      text: 'Lines',
      credit: 'anonymous',
      consentOnline: 'on',
      email: 'retry.person@example.org',
    })
    if (!parsed.ok) throw new Error('invalid')
    const stored = await submitWork(payload, parsed.input)
    expect(stored.ok).toBe(true)
    await notifySubmission(payload, {
      locale: 'en',
      email: 'retry.person@example.org',
      title: 'Retry me',
      statusPath: '/submit/status/X',
      adminPath: '/admin',
    })
    // The first attempt is refused by the server; the job is kept for another try.
    await waitFor(() => failNext === 0)
    const pending = await payload.find({
      collection: 'payload-jobs',
      where: { hasError: { equals: false }, completedAt: { exists: false } },
      overrideAccess: true,
    })
    expect(pending.totalDocs).toBeGreaterThan(0)
    // The retry, made due now. The first attempt's run may still hold the job on a busy machine
    // (it saves the failure after the server refused), so ask again until a run takes it.
    const delivered = () => received.some((m) => m.to.includes('retry.person@example.org'))
    for (let tries = 0; !delivered() && tries < 20; tries++) {
      await payload.update({
        collection: 'payload-jobs',
        where: { completedAt: { exists: false } },
        data: { waitUntil: new Date(0).toISOString() },
        overrideAccess: true,
      })
      await runJobs()
      await new Promise((r) => setTimeout(r, 250))
    }
    await waitFor(delivered)
    if (stored.ok) {
      const doc = await payload.findByID({
        collection: 'writings',
        id: stored.id,
        overrideAccess: true,
        draft: true,
      })
      expect(doc.title).toBe('Retry me')
    }
  })

  it('tells the contributor about a decision, with the editors’ message', async () => {
    received.length = 0
    const mail = await acceptPiece(
      { displayName: 'Dee', email: 'dee@example.org', language: 'en' },
      'Decided',
      'We loved the last line.',
    )
    expect(mail.raw).toContain('We loved the last line.')
  })
})

describe('email in the worker’s language', () => {
  it('writes the receipt in each of the six languages, with no English where a translation exists', async () => {
    for (const locale of locales) {
      received.length = 0
      const to = `worker.${locale}@example.org`
      await notifySubmission(payload, {
        locale,
        email: to,
        title: 'Cuaderno',
        statusPath: `/${locale}/submit/status/CODE`,
        adminPath: '/admin/collections/writings/1',
      })
      await waitFor(() => received.some((m) => m.to.includes(to)))
      const mail = decode(received.find((m) => m.to.includes(to))!.raw)
      const m = t(locale, 'email')
      expect(mail.subject, locale).toBe(m('receiptSubject', { title: 'Cuaderno' }))
      const expected = m('receipt', { title: 'Cuaderno', link: 'LINK' }).split('LINK')
      for (const part of expected)
        expect(mail.text.replace(/\r\n/g, '\n'), locale).toContain(part.trim())
      expect(mail.text).toContain(`/${locale}/submit/status/CODE`)
      if (locale !== 'en') expect(mail.text, locale).not.toContain('Thank you for sending')
    }
  })

  it('tells a Haitian Creole worker the decision in Kreyòl', async () => {
    received.length = 0
    const mail = decode(
      (
        await acceptPiece(
          { displayName: 'Marie', email: 'marie@example.org', language: 'ht' },
          'Lakay',
        )
      ).raw,
    )
    const m = t('ht', 'email')
    expect(mail.subject).toBe(m('decisionSubject', { title: 'Lakay' }))
    expect(mail.text).toContain(m('accepted', { title: 'Lakay' }))
    expect(mail.text).not.toContain('Good news')
  })
})
