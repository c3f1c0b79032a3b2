import type { Access, FieldAccess, FieldHook, Where } from 'payload'

import { ownContributorId, userIsEditor } from './roles'
import { relId, relIds } from '@/lib/relations'

/** What the public may see of writings and artworks: published and accepted. */
export const publicWork: Where = {
  and: [{ _status: { equals: 'published' } }, { editorialStatus: { equals: 'accepted' } }],
}

/**
 * The index that answers `publicWork` newest first (every archive page, count and year): equal
 * on the two statuses and "not in the trash", ordered by publication. Without it SQLite scanned
 * the whole collection for each of them.
 */
export const publicWorkIndexes = [
  { fields: ['_status', 'editorialStatus', 'deletedAt', 'publishedAt'] },
  // How many people have public work (/numbers): distinct contributors, read from the index alone.
  { fields: ['_status', 'editorialStatus', 'deletedAt', 'contributor'] },
]

/**
 * The same, led by a filter the writing archive and the API offer (language, form): "Spanish
 * pieces" is then a range of one index instead of a walk over every public piece (measured in
 * docs/scaling.md, "Indexes and reads").
 */
export const publicWritingIndexes = [
  ...publicWorkIndexes,
  { fields: ['language', '_status', 'editorialStatus', 'deletedAt', 'publishedAt'] },
  { fields: ['form', '_status', 'editorialStatus', 'deletedAt', 'publishedAt'] },
  // The languages of public writing (/numbers, the language filter's choices).
  { fields: ['_status', 'editorialStatus', 'deletedAt', 'language'] },
]

/** Statuses in which a contributor may still change their own piece. */
export const contributorEditableStatuses = ['submitted', 'in_review'] as const

/** Read: editors everything; a contributor also their own pieces; the public the published ones. */
export const readWork: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const own = ownContributorId(user)
  if (own === undefined) return publicWork
  return { or: [publicWork, { contributor: { equals: own } }] }
}

/** Create: any signed-in account (the contributor is forced on the server for contributors). */
export const createWork: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  return ownContributorId(user) !== undefined
}

/** Update: editors; a contributor only their own pieces, and only until a decision is made. */
export const updateWork: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const own = ownContributorId(user)
  if (own === undefined) return false
  const where: Where = {
    and: [
      { contributor: { equals: own } },
      { editorialStatus: { in: [...contributorEditableStatuses] } },
    ],
  }
  return where
}

/** Field-level: editors, and the contributor whose piece it is (consents, editor messages). */
export const ownWorkOrEditorField: FieldAccess = ({ req: { user }, doc }) => {
  if (userIsEditor(user)) return true
  const own = ownContributorId(user)
  const linked = relId(doc?.contributor)
  return own !== undefined && linked !== undefined && String(own) === String(linked)
}

/**
 * Field-level read of a link between pieces (translations): readable wherever the piece is, but
 * never queryable by the public (without a document — query validation — the answer is no), and
 * the links themselves are filtered on the way out by `linkedPiecesCreditedAlike`.
 */
export const readableNotQueryable: FieldAccess = ({ req: { user }, doc }) =>
  userIsEditor(user) || doc !== undefined

/**
 * A translation link shown to anyone but editors only when it reveals nothing: both pieces are
 * credited by name (both names are public anyway), or both carry the same credit and byline (the
 * same pen name; both anonymous). An anonymous or pen-name piece linked to a named one would name
 * its writer.
 */
export const linkedPiecesCreditedAlike: FieldHook = async ({
  value,
  siblingData,
  req,
  collection,
  overrideAccess,
}) => {
  // Server code reading with its own rights (overrideAccess) sees the links as they are.
  if (overrideAccess || userIsEditor(req.user) || !Array.isArray(value) || !value.length)
    return value
  if (!collection) return []
  const { credit, byline } = (siblingData ?? {}) as { credit?: string; byline?: string | null }
  if (!credit) return []
  const alike: Where =
    credit === 'name'
      ? { credit: { equals: 'name' } }
      : { and: [{ credit: { equals: credit } }, { byline: { equals: byline ?? '' } }] }
  const { docs } = await req.payload.find({
    collection: collection.slug as 'writings',
    where: { and: [{ id: { in: relIds(value) } }, alike] },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: {},
    req,
  })
  const shown = new Set(docs.map((d) => String(d.id)))
  return value.filter((v) => shown.has(String(relId(v))))
}
