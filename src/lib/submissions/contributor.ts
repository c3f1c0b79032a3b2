import type { Payload, PayloadRequest, Where } from 'payload'

import { normalizeEmail, phoneDigits } from '@/lib/contact'
import type { SubmissionInput } from './schema'
import type { ID } from '@/lib/relations'

/**
 * The contributor record a submission belongs to: always a new private record. A form proves
 * nothing about who sent it, so it never attaches a piece to an existing record (whose decision
 * emails would then go to that person) nor fills in an existing record's details. When the email
 * or phone matches a record, the new one names it as a suggested match, and an editor who knows
 * it is the same person merges the two from the admin (src/lib/editorial/mergeContributor.ts).
 */
export async function createSubmitter(
  payload: Payload,
  input: SubmissionInput,
  req?: Partial<PayloadRequest>,
): Promise<{ id: ID; suggestedMatch: ID | null }> {
  const email = normalizeEmail(input.email)
  const digits = phoneDigits(input.phone)
  const or: Where[] = []
  if (email) or.push({ email: { equals: email } })
  if (digits) or.push({ phoneDigits: { equals: digits } })
  const match = or.length
    ? (
        await payload.find({
          collection: 'contributors',
          where: { and: [{ or }, { suggestedMatch: { exists: false } }] },
          sort: 'createdAt',
          limit: 1,
          depth: 0,
          overrideAccess: true,
          select: {},
          req,
        })
      ).docs[0]
    : undefined
  const displayName =
    (input.credit === 'name' && input.name) ||
    input.name ||
    input.penName ||
    'Anonymous contributor'
  const created = await payload.create({
    collection: 'contributors',
    data: {
      displayName,
      publicProfile: false,
      email: email || undefined,
      phone: input.phone || undefined,
      workplace: input.workplace || undefined,
      union: input.union || undefined,
      languages: [input.language],
      suggestedMatch: match?.id,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { id: created.id, suggestedMatch: match?.id ?? null }
}
