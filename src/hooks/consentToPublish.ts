import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { userIsEditor } from '@/access/roles'
import { inEditorLanguage } from '@/i18n/admin'

const CONSENTS = ['publishOnline', 'printAndExhibit', 'readAloud'] as const
type Consents = Partial<Record<(typeof CONSENTS)[number], boolean | null>> & {
  source?: string | null
  recordedAt?: string | null
}

/**
 * Consents are never assumed: they all start as no, and every change records how it was given
 * and when. A contributor's own account records itself; an editor says how the contributor told
 * them (a paper form, an email, in person); server code (the submission form) says it itself.
 */
export const recordConsents: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  collection,
  req,
  operation,
}) => {
  const before = (originalDoc?.consents ?? {}) as Consents
  const given = (data.consents ?? {}) as Consents
  const after = { ...before, ...given }
  const changed = CONSENTS.some((key) =>
    operation === 'create' ? after[key] === true : Boolean(after[key]) !== Boolean(before[key]),
  )
  if (!changed) return data
  const { user } = req
  if (user && !userIsEditor(user)) after.source = 'account'
  else if (!given.source)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'consents.source',
          message: inEditorLanguage('errors.consentSourceNeeded', req),
        },
      ],
      req,
    })
  after.recordedAt = new Date().toISOString()
  data.consents = after
  return data
}

/**
 * A piece is published online only with its contributor's consent, whoever asks and however
 * (admin, API, scheduled publish).
 */
export const requireConsentToPublish: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  if (data?._status !== 'published') return data
  const consents = { ...(originalDoc?.consents ?? {}), ...(data.consents ?? {}) }
  if (consents.publishOnline === true) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'consents.publishOnline',
        message: inEditorLanguage('errors.noConsentOnline', req),
      },
    ],
    req,
  })
}
