import { createLimiter } from '@/lib/security/rateLimit'
import { SUBMISSION_LIMITS as L } from './limits'

const submissions = createLimiter('rate', { max: L.perAddress, windowMs: L.windowMs })

/** Per-address limit on submissions. Returns the seconds to wait when over the limit. */
export const takeSubmissionSlot = (address: string, now = Date.now()) =>
  submissions.take(address, now)

export const resetSubmissionSlots = () => submissions.reset()
