'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isLocale, localePath } from '@/i18n'
import { CLIENT_ADDRESS_HEADER } from '@/lib/clientAddress.mjs'
import { getPayloadClient } from '@/lib/data/payload'
import { notifySubmission } from '@/lib/email/notify'
import { withdrawByCode } from '@/lib/data/submissions'
import { checkImages, type IncomingFile } from '@/lib/submissions/files'
import { takeSubmissionSlot } from '@/lib/submissions/rateLimit'
import { parseSubmission, type FieldErrors } from '@/lib/submissions/schema'
import { submitWork } from '@/lib/submissions/submit'

export type SubmitState = {
  errors: FieldErrors
  form?: 'tryAgain' | 'unavailable' | 'automated' | 'rateLimited'
  retryMinutes?: number
  values: Record<string, string>
}

const TEXT_FIELDS = [
  'kind',
  'title',
  'form',
  'language',
  'text',
  'medium',
  'year',
  'statement',
  'imageDescription',
  'credit',
  'name',
  'penName',
  'consentOnline',
  'consentPrint',
  'consentReadAloud',
  'email',
  'phone',
  'workplace',
  'union',
]

/** Set by the production server from the connection (or a trusted proxy); see server.mjs. */
async function clientAddress() {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || 'local'
}

/**
 * The submission form's action. Works without JavaScript (the page re-renders with the errors);
 * on success it goes to the receipt page. Nothing is stored unless everything is valid.
 */
export async function submitAction(_prev: SubmitState, data: FormData): Promise<SubmitState> {
  const values = Object.fromEntries(
    TEXT_FIELDS.map((k) => [k, typeof data.get(k) === 'string' ? String(data.get(k)) : '']),
  )
  const lang = String(data.get('lang'))
  const locale = isLocale(lang) ? lang : 'en'
  // A field people never see: only form-filling robots put something in it.
  if (String(data.get('website') ?? '') !== '') return { errors: {}, form: 'automated', values }

  const parsed = parseSubmission(values)
  const files = data.getAll('images').filter((f): f is File => typeof f === 'object' && f !== null)
  let uploads: Awaited<ReturnType<typeof checkImages>> | null = null
  if (values.kind === 'artwork') uploads = await checkImages(files as IncomingFile[])
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors }
  if (uploads && !uploads.ok) errors.images = uploads.error
  if (!parsed.ok || Object.keys(errors).length) return { errors, values }

  const slot = await takeSubmissionSlot(await clientAddress())
  if (!slot.ok)
    return {
      errors: {},
      form: 'rateLimited',
      retryMinutes: Math.ceil(slot.retryAfter / 60),
      values,
    }

  const payload = await getPayloadClient()
  const result = await submitWork(payload, parsed.input, uploads?.ok ? uploads.uploads : [])
  if (!result.ok) return { errors: {}, form: result.error, values }
  const statusPath = localePath(locale, `/submit/status/${result.code}`)
  // Notifications are queued, never awaited for delivery: a failed send cannot lose the piece.
  await notifySubmission(payload, {
    locale,
    email: parsed.input.email,
    title: parsed.input.title,
    statusPath,
    adminPath: `/admin/collections/${result.collection}/${result.id}`,
  }).catch((err) => payload.logger.error({ err, msg: 'Could not queue submission emails' }))
  redirect(`${statusPath}?received=1`)
}

/** Withdraws a submission from its receipt page. */
export async function withdrawAction(data: FormData) {
  const code = String(data.get('code') ?? '')
  const lang = String(data.get('lang'))
  const locale = isLocale(lang) ? lang : 'en'
  await withdrawByCode(code)
  redirect(localePath(locale, `/submit/status/${code}`))
}
