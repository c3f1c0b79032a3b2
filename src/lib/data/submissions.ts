import { getSubmissionStatus, withdrawSubmission } from '@/lib/submissions/status'
import { getPayloadClient } from './payload'

/** A submission's status for its receipt page: never cached (it is private to the code holder). */
export async function submissionStatus(code: string) {
  return getSubmissionStatus(await getPayloadClient(), code)
}

export async function withdrawByCode(code: string) {
  return withdrawSubmission(await getPayloadClient(), code)
}
