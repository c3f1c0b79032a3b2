import type { Payload } from 'payload'

import { relId, relIds, type ID } from '@/lib/relations'

export type ProfileRef = { slug: string; name: string }

export type PublicPerson = ProfileRef & { bio: string }

/**
 * The people behind contributor ids, only those who chose a public profile: names, slugs and bios,
 * never an id. Read with the server's rights, because no contributor link is public — an id in a
 * page or an API answer could tie an anonymous piece to the person who wrote it.
 */
export async function publicPeople(
  payload: Payload,
  ids: ID[],
): Promise<Map<string, PublicPerson>> {
  const people = new Map<string, PublicPerson>()
  if (!ids.length) return people
  const { docs } = await payload.find({
    collection: 'contributors',
    where: { and: [{ id: { in: ids } }, { publicProfile: { equals: true } }] },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { displayName: true, slug: true, bio: true },
  })
  for (const c of docs)
    if (c.slug) people.set(String(c.id), { name: c.displayName, slug: c.slug, bio: c.bio ?? '' })
  return people
}

/**
 * For public pieces (ids the public read returned), the profile of the person credited by name,
 * when they chose a public profile; keyed by the piece's id. Pen names and anonymous credits
 * never lead to a person.
 */
export async function creditedPeople(
  payload: Payload,
  collection: 'writings' | 'artworks',
  pieceIds: ID[],
): Promise<Map<string, PublicPerson>> {
  const credited = new Map<string, PublicPerson>()
  if (!pieceIds.length) return credited
  const { docs } = await payload.find({
    collection,
    where: { and: [{ id: { in: pieceIds } }, { credit: { equals: 'name' } }] },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { contributor: true },
  })
  const people = await publicPeople(payload, relIds(docs.map((d) => d.contributor)))
  for (const d of docs) {
    const person = people.get(String(relId(d.contributor)))
    if (person) credited.set(String(d.id), person)
  }
  return credited
}
