import sharp from 'sharp'

import type { IncomingFile } from '@/lib/submissions/files'
import { parseSubmission, type SubmissionInput } from '@/lib/submissions/schema'

/** What the submission form sends for a poem credited to a pen name; `extra` changes fields. */
export const poem = (extra: Record<string, string> = {}) => ({
  kind: 'writing',
  title: 'Break time',
  form: 'poem',
  language: 'es',
  text: 'Quince minutos\npara ver el cielo.',
  credit: 'penName',
  penName: 'La Cocinera',
  consentOnline: 'on',
  email: 'Worker.One@Example.org',
  phone: '',
  workplace: 'Dining Hall Q',
  ...extra,
})
/** The checked input of a form that must be valid. */
export const valid = (fields: Record<string, string>): SubmissionInput => {
  const parsed = parseSubmission(fields)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.input
}
/** A file as the form's server action receives it. */
export const asFile = (name: string, data: Buffer): IncomingFile => ({
  name,
  size: data.length,
  arrayBuffer: async () =>
    data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
})
/** A small real JPEG. */
export const jpeg = () =>
  sharp({ create: { width: 60, height: 40, channels: 3, background: '#1f5f8b' } })
    .jpeg()
    .toBuffer()
