import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type {
  Access,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  FilterOptionsProps,
  PayloadRequest,
  Where,
} from 'payload'

import { nobody } from './basic'
import { userIsEditor } from './roles'
import { L } from '@/i18n/admin'
import { relIds, type ID } from '@/lib/relations'

/**
 * Images and audio follow the documents they belong to: a file is public only while a document
 * the public may read (a published, accepted piece; a published episode; a public profile; a
 * guest…) uses it. Until then — a submission waiting for review, a declined or withdrawn piece,
 * a draft episode's recording — only editors and the account that uploaded it can list it or
 * fetch its file (Payload checks the same rule for `/api/<collection>/file/<name>`).
 *
 * The flag is recomputed from the referencing documents after each change to them, using the
 * public's own read rule of each collection, so it can never say more than those rules do.
 */

export const FILE_COLLECTIONS = ['media', 'audio'] as const
export type FileCollection = (typeof FILE_COLLECTIONS)[number]

/** Read: editors every file; a signed-in account its own uploads; everyone else public files. */
export const readFiles: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const isPublic: Where = { public: { equals: true } }
  if (!user) return isPublic
  return { or: [isPublic, { uploadedBy: { equals: user.id } }] }
}

/**
 * Who uploaded a file: shown to editors and to that account. Without a document (when a query is
 * checked) any signed-in account may filter by it — the rows it can reach are still only public
 * files and its own — so that a contributor's own uploads can be offered to them.
 */
const uploaderOrEditor = ({
  req: { user },
  doc,
}: {
  req: PayloadRequest
  doc?: Record<string, unknown>
}) => {
  if (userIsEditor(user)) return true
  if (!doc) return Boolean(user)
  return Boolean(user) && String(relIds([doc.uploadedBy])[0]) === String(user!.id)
}

/** The fields every file collection carries for this rule. */
export const fileVisibilityFields: Field[] = [
  {
    name: 'public',
    label: L('fields.public'),
    type: 'checkbox',
    defaultValue: false,
    index: true,
    // Set only by the server (overrideAccess): a person never makes a file public by hand.
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: L('fields.publicHint'),
    },
  },
  {
    name: 'uploadedBy',
    label: L('fields.uploadedBy'),
    type: 'relationship',
    relationTo: 'users',
    index: true,
    access: { read: uploaderOrEditor, create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
  },
]

/**
 * Every upload gets a random file name (a person's name in "maria-at-dock-4.jpg" would be public
 * the moment the file is), and remembers which account uploaded it.
 */
export const anonymiseUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (file?.name)
    file.name = `${randomBytes(8).toString('hex')}${path.extname(file.name).toLowerCase()}`
  if (operation === 'create' && req.user && args.data)
    (args.data as Record<string, unknown>).uploadedBy = req.user.id
  return args
}

/** Upload fields that point at a file collection, found in the config (rows and tabs looked into). */
function uploadFieldsOf(fields: Field[], prefix = ''): { field: string; to: FileCollection }[] {
  const found: { field: string; to: FileCollection }[] = []
  for (const field of fields) {
    if (field.type === 'upload' && typeof field.relationTo === 'string') {
      if ((FILE_COLLECTIONS as readonly string[]).includes(field.relationTo))
        found.push({ field: prefix + field.name, to: field.relationTo as FileCollection })
    } else if (field.type === 'row' || field.type === 'collapsible') {
      found.push(...uploadFieldsOf(field.fields, prefix))
    } else if (field.type === 'group' && 'name' in field && field.name) {
      found.push(...uploadFieldsOf(field.fields, `${prefix}${field.name}.`))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs)
        found.push(
          ...uploadFieldsOf(
            tab.fields,
            'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
          ),
        )
    }
  }
  return found
}

const valueAt = (doc: Record<string, unknown> | undefined, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], doc)

/** Per config: which collections point at each file collection, through which fields. */
const referencesByConfig = new WeakMap<
  object,
  Map<FileCollection, { slug: CollectionSlug; fields: string[] }[]>
>()
function referencesTo(payload: PayloadRequest['payload'], to: FileCollection) {
  let byTarget = referencesByConfig.get(payload.config)
  if (!byTarget) {
    byTarget = new Map(FILE_COLLECTIONS.map((c) => [c, []]))
    for (const collection of payload.config.collections)
      for (const target of FILE_COLLECTIONS) {
        const fields = uploadFieldsOf(collection.fields)
          .filter((r) => r.to === target)
          .map((r) => r.field)
        if (fields.length) byTarget.get(target)!.push({ slug: collection.slug, fields })
      }
    referencesByConfig.set(payload.config, byTarget)
  }
  return byTarget.get(to)!
}

/** The collection's read rule as the public meets it: false, true, or a query. */
async function publicRule(req: PayloadRequest, slug: CollectionSlug) {
  const rule = req.payload.collections[slug].config.access.read
  return rule ? await rule({ req: { ...req, user: null } as PayloadRequest }) : false
}

type PublicRule = Awaited<ReturnType<typeof publicRule>>

/** Each collection's public read rule, asked once for all the files one save refreshes. */
function publicRules(req: PayloadRequest) {
  const asked = new Map<CollectionSlug, Promise<PublicRule>>()
  return (slug: CollectionSlug) => {
    let rule = asked.get(slug)
    if (!rule) asked.set(slug, (rule = publicRule(req, slug)))
    return rule
  }
}

const usingFile = (fields: string[], id: ID): Where => ({
  or: fields.map((field) => ({ [field]: { in: [id] } })),
})

/** Whether the public, under its read rule, may read a document that meets all of `where`. */
async function publiclyRead(
  req: PayloadRequest,
  slug: CollectionSlug,
  asPublic: PublicRule,
  where: Where[],
) {
  if (asPublic === false) return false
  const { totalDocs } = await req.payload.count({
    collection: slug,
    where: { and: asPublic === true ? where : [asPublic, ...where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Whether the public may read some document that uses this file. `saved` is the document whose
 * save asked: asked first, by its id, since it is the likeliest user.
 */
async function usedPublicly(
  req: PayloadRequest,
  rules: ReturnType<typeof publicRules>,
  to: FileCollection,
  id: ID,
  saved?: { slug: CollectionSlug; id: ID },
): Promise<boolean> {
  const references = referencesTo(req.payload, to)
  const own = saved && references.find((r) => r.slug === saved.slug)
  if (own) {
    const bySaved = [{ id: { equals: saved.id } }, usingFile(own.fields, id)]
    if (await publiclyRead(req, own.slug, await rules(own.slug), bySaved)) return true
  }
  for (const { slug, fields } of references) {
    const asPublic = await rules(slug)
    if (asPublic === false) continue
    // First the documents that use the file, by its fields alone (their index answers at once;
    // trashed ones too, the read rule leaves them out), then whether the public may read one of
    // them. Asked in one query, SQLite's planner took the read rule's status index and read every
    // published row: 2.6 ms a save at 2,000 writings, growing with the archive.
    const users = await req.payload.db.find<{ id: ID }>({
      collection: slug,
      where: usingFile(fields, id),
      select: {},
      pagination: false,
      limit: 0,
      req,
    })
    if (users.docs.length === 0) continue
    const byId = [{ id: { in: users.docs.map((doc) => doc.id) } }]
    if (await publiclyRead(req, slug, asPublic, byId)) return true
  }
  return false
}

/**
 * Recomputes the public flag of these files (the ones a changed document used or uses); `saved`
 * is that document, when a save asks.
 */
export async function refreshFileVisibility(
  req: PayloadRequest,
  files: { to: FileCollection; id: ID }[],
  saved?: { slug: CollectionSlug; id: ID },
): Promise<void> {
  const seen = new Set<string>()
  const rules = publicRules(req)
  for (const { to, id } of files) {
    const key = `${to}:${id}`
    if (seen.has(key)) continue
    seen.add(key)
    const isPublic = await usedPublicly(req, rules, to, id, saved)
    const current = await req.payload.db.findOne<{ id: ID; public?: boolean | null }>({
      collection: to,
      where: { id: { equals: id } },
      req,
    })
    if (!current || Boolean(current.public) === isPublic) continue
    await req.payload.db.updateOne({
      collection: to,
      id,
      data: { public: isPublic },
      req,
    })
  }
}

function filesOf(collection: CollectionConfig, ...docs: (Record<string, unknown> | undefined)[]) {
  const files: { to: FileCollection; id: ID }[] = []
  for (const { field, to } of uploadFieldsOf(collection.fields))
    for (const doc of docs) {
      const value = valueAt(doc, field)
      for (const id of Array.isArray(value) ? relIds(value) : relIds([value]))
        files.push({ to, id })
    }
  return files
}

const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req }) => {
  await refreshFileVisibility(req, filesOf(collection, doc, previousDoc), {
    slug: collection.slug,
    id: doc.id,
  })
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  await refreshFileVisibility(req, filesOf(collection, doc))
  return doc
}

/**
 * Someone who isn't an editor may attach only files they uploaded themselves, or files already
 * public: otherwise a contributor could put another worker's unreviewed image on their own
 * public profile and so make it public. Server code without a user (the submission form, the
 * seed, imports) is trusted. Payload checks this on save, not only in the admin's picker.
 */
const ownOrPublicFiles = ({ user }: FilterOptionsProps): boolean | Where => {
  if (!user || userIsEditor(user)) return true
  const where: Where = {
    or: [{ public: { equals: true } }, { uploadedBy: { equals: user.id } }],
  }
  return where
}

function guardUploads(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'upload' && typeof field.relationTo === 'string') {
      if (!(FILE_COLLECTIONS as readonly string[]).includes(field.relationTo)) return field
      return { ...field, filterOptions: field.filterOptions ?? ownOrPublicFiles }
    }
    if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group')
      return { ...field, fields: guardUploads(field.fields) } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: guardUploads(tab.fields) })),
      }
    return field
  })
}

/**
 * Gives every collection that uses images or audio the hooks that keep its files' visibility
 * true to it. Applied to the whole list of collections in the config, so a new collection with
 * an upload field is covered without anyone remembering to.
 */
export function withFileVisibility(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    if (!uploadFieldsOf(collection.fields).length) return collection
    const hooks = collection.hooks ?? {}
    return {
      ...collection,
      fields: guardUploads(collection.fields),
      hooks: {
        ...hooks,
        afterChange: [...(hooks.afterChange ?? []), afterChange],
        afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
      },
    }
  })
}
