import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { userIsEditor } from '@/access/roles'
import { inEditorLanguage, type AdminLabelKey } from '@/i18n/admin'

/**
 * The one state machine of submitted work (issue #20). A piece has two stored statuses — the
 * editorial one (submitted, in review, accepted, declined, withdrawn) and Payload's publish
 * status (draft, published) — and the public sees only what is both published and accepted. The
 * rules below keep the two from contradicting each other, on every path (admin, REST, GraphQL,
 * Local API, scripts), and name the one state a person sees:
 *
 *   submitted → in review → accepted → published        (editors)
 *   published → accepted, "taken down" once it was public (unpublish; a takedown is one)
 *   submitted / in review / accepted → declined          (editors; an end)
 *   any state but declined → withdrawn                   (the worker; an end, and it takes a
 *                                                          published piece down at once)
 *   withdrawn → submitted                                (the worker only)
 *
 * Publishing a piece that is not accepted is refused with "Accept it first" rather than accepted
 * silently by the Publish button: acceptance is the editors' decision about the work and sends
 * the worker an email; publishing is a separate act, and folding one into the other made it easy
 * to publish unreviewed work by accident.
 */

export const EDITORIAL_STATUSES = [
  'submitted',
  'in_review',
  'accepted',
  'declined',
  'withdrawn',
] as const
export type Editorial = (typeof EDITORIAL_STATUSES)[number]

export const WORK_STATES = [
  'waiting',
  'inReview',
  'acceptedNotPublic',
  'public',
  'takenDown',
  'declined',
  'withdrawn',
] as const
export type WorkState = (typeof WORK_STATES)[number]

/** The state as people see it, from the two stored statuses (and whether it was ever public). */
export function stateOf(doc: {
  editorialStatus?: string | null
  _status?: string | null
  publishedAt?: string | null
}): WorkState {
  switch (doc.editorialStatus) {
    case 'in_review':
      return 'inReview'
    case 'accepted':
      if (doc._status === 'published') return 'public'
      return doc.publishedAt ? 'takenDown' : 'acceptedNotPublic'
    case 'declined':
      return 'declined'
    case 'withdrawn':
      return 'withdrawn'
    default:
      return 'waiting'
  }
}

/** Where each state's pieces are, as a query (the review queue's counts, the admin's filters). */
export const stateWhere: Record<WorkState, Record<string, unknown>> = {
  waiting: { editorialStatus: { equals: 'submitted' } },
  inReview: { editorialStatus: { equals: 'in_review' } },
  acceptedNotPublic: {
    and: [
      { editorialStatus: { equals: 'accepted' } },
      { _status: { not_equals: 'published' } },
      { publishedAt: { exists: false } },
    ],
  },
  public: {
    and: [{ editorialStatus: { equals: 'accepted' } }, { _status: { equals: 'published' } }],
  },
  takenDown: {
    and: [
      { editorialStatus: { equals: 'accepted' } },
      { _status: { not_equals: 'published' } },
      { publishedAt: { exists: true } },
    ],
  },
  declined: { editorialStatus: { equals: 'declined' } },
  withdrawn: { editorialStatus: { equals: 'withdrawn' } },
}

/** Editorial moves editors may make (withdrawal and reopening are the worker's). */
export const EDITOR_MOVES: Record<Editorial, readonly Editorial[]> = {
  submitted: ['in_review', 'accepted', 'declined'],
  in_review: ['submitted', 'accepted', 'declined'],
  accepted: ['in_review', 'declined'],
  declined: [],
  withdrawn: [],
}

/** Context a save passes when the worker themselves acts (status page, their own account). */
export const BY_WORKER = 'byWorker'

export class TransitionError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
  }
}

/**
 * beforeChange of writings and artworks: refuses every save that would leave the two statuses
 * contradicting each other or skip a step, with a message the editor can act on.
 */
export const enforceStateMachine: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
  collection,
}) => {
  const say = (key: AdminLabelKey, args?: Record<string, string>) =>
    inEditorLanguage(key, req, args)
  const before = (originalDoc ?? {}) as { id?: string | number; editorialStatus?: Editorial }
  const from: Editorial = before.editorialStatus ?? 'submitted'
  const to: Editorial = (data.editorialStatus ?? from) as Editorial
  const publishing = data._status === 'published'
  // Whether the public sees it now: the document's own row, not the latest version (an editor's
  // pending draft of a published piece is a version; the row is what the site reads).
  const row =
    operation === 'update' && before.id !== undefined
      ? await req.payload.db.findOne<{ id: string | number; _status?: string }>({
          collection: collection.slug,
          where: { id: { equals: before.id } },
          select: { _status: true },
          req,
        })
      : null
  const wasPublished = row?._status === 'published'

  if (operation === 'update' && to !== from) {
    const byWorker = Boolean(context?.[BY_WORKER])
    const allowed =
      to === 'withdrawn'
        ? byWorker && from !== 'declined'
        : from === 'withdrawn'
          ? byWorker && to === 'submitted'
          : userIsEditor(req.user) || !req.user
            ? EDITOR_MOVES[from].includes(to)
            : false
    if (!allowed) {
      const word = (state: Editorial) => say(`stateWords.${state}`)
      throw new TransitionError(
        from === 'withdrawn'
          ? say('errors.stateWithdrawn')
          : from === 'declined'
            ? say('errors.stateDeclined')
            : to === 'withdrawn'
              ? say('errors.onlyWriterWithdraws')
              : say('errors.cannotBecome', { from: word(from), to: word(to) }),
      )
    }
  }

  if (publishing && wasPublished && to !== 'accepted' && to !== 'withdrawn')
    throw new TransitionError(say('errors.unpublishFirst'))
  if (publishing && to !== 'accepted' && !(wasPublished && to === 'withdrawn')) {
    throw new TransitionError(
      to === 'declined' || to === 'withdrawn'
        ? say('errors.cannotPublish', { state: say(`stateWords.${to}`) })
        : say('errors.acceptFirst'),
    )
  }

  // A withdrawal takes a public piece down in the same save.
  if (wasPublished && to === 'withdrawn') data._status = 'draft'
  return data
}

/**
 * afterChange, in the save's transaction: what the site reads (the document's row) and what the
 * admin shows (its latest version) must agree. A piece public on the site stays "accepted" in
 * the admin until it is unpublished; otherwise the save is rolled back with what to do.
 */
export const checkStatesAgree: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  const row = await req.payload.db.findOne<{
    id: string | number
    _status?: string
    editorialStatus?: string
  }>({
    collection: collection.slug,
    where: { id: { equals: doc.id } },
    select: { _status: true, editorialStatus: true },
    req,
  })
  if (
    row?._status === 'published' &&
    (row.editorialStatus !== 'accepted' || doc.editorialStatus !== 'accepted')
  )
    throw new TransitionError(inEditorLanguage('errors.unpublishFirst', req))
  return doc
}

export type RepairReport = { collection: string; id: string | number; title: string; was: string }[]

/**
 * Finds pieces whose statuses contradict each other — published on the row but not accepted,
 * which the site never showed — and unpublishes them, so the admin says what the site does.
 * Written straight to the rows (no hooks: nothing public changes, nobody is emailed). Used by the
 * migration `one_editorial_state`; returns what it changed, for its report.
 */
export async function repairContradictions(req: PayloadRequest): Promise<RepairReport> {
  const changed: RepairReport = []
  for (const collection of ['writings', 'artworks'] as const) {
    const { docs } = await req.payload.find({
      collection,
      where: {
        and: [
          { _status: { equals: 'published' } },
          { editorialStatus: { not_equals: 'accepted' } },
        ],
      },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      trash: true,
      select: { title: true, editorialStatus: true },
      req,
    })
    for (const doc of docs) {
      await req.payload.db.updateOne({
        collection,
        id: doc.id,
        data: { _status: 'draft' },
        req,
      })
      changed.push({
        collection,
        id: doc.id,
        title: doc.title,
        was: `${doc.editorialStatus} · published`,
      })
    }
  }
  return changed
}
