import type { Payload, PayloadRequest, Where } from 'payload'

import { normalizeEmail, phoneDigits } from '@/lib/contact'
import type { SubmissionInput } from './schema'
import type { ID } from '@/lib/relations'

/**
 * The contributor a submission belongs to: the record with the same email (any case) or phone
 * (any format), else a new private record. An existing record's name and details are never
 * overwritten by a form; empty private details are filled in.
 */
export async function matchOrCreateContributor(
  payload: Payload,
  input: SubmissionInput,
  req?: Partial<PayloadRequest>,
): Promise<{ id: ID; created: boolean }> {
  const email = normalizeEmail(input.email)
  const digits = phoneDigits(input.phone)
  const or: Where[] = []
  if (email) or.push({ email: { equals: email } })
  if (digits) or.push({ phoneDigits: { equals: digits } })
  if (or.length) {
    const { docs } = await payload.find({
      collection: 'contributors',
      where: { or },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { email: true, phone: true, workplace: true, union: true },
      req,
    })
    const found = docs[0]
    if (found) {
      const fill: Record<string, string> = {}
      if (!found.email && email) fill.email = email
      if (!found.phone && input.phone) fill.phone = input.phone
      if (!found.workplace && input.workplace) fill.workplace = input.workplace
      if (!found.union && input.union) fill.union = input.union
      if (Object.keys(fill).length)
        await payload.update({
          collection: 'contributors',
          id: found.id,
          data: fill,
          depth: 0,
          overrideAccess: true,
          req,
        })
      return { id: found.id, created: false }
    }
  }
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
      languages: [input.language as never],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { id: created.id, created: true }
}
