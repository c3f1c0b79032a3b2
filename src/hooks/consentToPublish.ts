import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

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
        message:
          'This piece cannot be published online: its contributor did not consent to online publication.',
      },
    ],
    req,
  })
}
