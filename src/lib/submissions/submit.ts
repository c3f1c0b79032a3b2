import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { relPath, uploadStore } from '@/lib/media/storage'
import { isDatabaseDown } from '@/lib/data/payload'
import { plainTextToLexical } from '@/lib/richText'
import type { Media } from '@/payload-types'
import { createSubmitter } from './contributor'
import type { Upload } from './files'
import { hashReceiptCode, newReceiptCode } from './receipt'
import type { SubmissionInput } from './schema'
import { ref, refs, type ID } from '@/lib/relations'

export type SubmitResult =
  | { ok: true; code: string; collection: 'writings' | 'artworks'; id: ID }
  | { ok: false; error: 'tryAgain' | 'unavailable' }

const quiet = { disableRevalidate: true }

/** The files an image was stored as: the original and each of its sizes. */
const filesOf = (doc: Pick<Media, 'filename' | 'sizes'>) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(
    (name): name is string => Boolean(name),
  )

/**
 * Stores a validated submission whole or not at all: the contributor (always a new private
 * record), the images, then the piece, a draft with status "submitted", in one database
 * transaction. If any step fails the transaction is rolled back — the database undoes the rows,
 * whatever state it is in — and the image files already written are removed.
 */
export async function submitWork(
  payload: Payload,
  input: SubmissionInput,
  uploads: Upload[] = [],
): Promise<SubmitResult> {
  const code = newReceiptCode()
  const files: string[] = []
  const collection = input.kind === 'writing' ? 'writings' : 'artworks'
  // A context of its own (the storage plugin writes to it; see src/seed/index.ts).
  const req = await createLocalReq({ context: { ...quiet } }, payload)
  let inTransaction = false
  const written: { collection: 'media' | 'contributors'; id: ID }[] = []
  try {
    // Inside the try: a database that is down fails here, and the person is told to try later.
    inTransaction = Boolean(await initTransaction(req))
    const contributor = await createSubmitter(payload, input, req)
    written.push({ collection: 'contributors', id: contributor.id })
    const media: ID[] = []
    for (const [i, file] of uploads.entries()) {
      const alt =
        input.kind === 'artwork' && input.imageDescription ? input.imageDescription : input.title
      const doc = await payload.create({
        collection: 'media',
        data: { alt: uploads.length > 1 ? `${alt} (${i + 1}/${uploads.length})` : alt },
        file,
        depth: 0,
        overrideAccess: true,
        req,
      })
      files.push(...filesOf(doc))
      written.push({ collection: 'media', id: doc.id })
      media.push(doc.id)
    }
    const shared = {
      title: input.title,
      language: input.language,
      contributor: ref(contributor.id),
      credit: input.credit,
      penName: input.credit === 'penName' ? input.penName : undefined,
      consents: {
        publishOnline: input.consentOnline,
        printAndExhibit: input.consentPrint,
        readAloud: input.consentReadAloud,
        source: 'submissionForm' as const,
      },
      editorialStatus: 'submitted' as const,
      receiptHash: hashReceiptCode(code),
      _status: 'draft' as const,
    }
    const doc =
      input.kind === 'writing'
        ? await payload.create({
            collection: 'writings',
            draft: true,
            data: {
              ...shared,
              form: input.form,
              body: plainTextToLexical(input.text),
              excerpt: input.text.split('\n')[0].slice(0, 200),
            },
            depth: 0,
            overrideAccess: true,
            req,
          })
        : await payload.create({
            collection: 'artworks',
            draft: true,
            data: {
              ...shared,
              images: refs(media),
              medium: input.medium || undefined,
              year: input.year,
              statement: input.statement ? plainTextToLexical(input.statement) : undefined,
            },
            depth: 0,
            overrideAccess: true,
            req,
          })
    if (inTransaction) await commitTransaction(req)
    return { ok: true, code, collection, id: doc.id }
  } catch (err) {
    payload.logger.error({ err, msg: 'Submission could not be stored; rolling back' })
    if (inTransaction) await killTransaction(req)
    else await undo(payload, written)
    await uploadStore().remove(files.map((name) => relPath('media', name)))
    return { ok: false, error: isDatabaseDown(err) ? 'unavailable' : 'tryAgain' }
  }
}

/**
 * Where the database has no transactions (MongoDB without a replica set): what was written is
 * deleted again, newest first, straight through the adapter — not through the site's circuit
 * breaker, which may just have marked the database down and would refuse at once.
 */
async function undo(payload: Payload, written: { collection: 'media' | 'contributors'; id: ID }[]) {
  for (const { collection, id } of written.reverse())
    await payload.db
      .deleteOne({ collection, where: { id: { equals: id } } })
      .catch((err) => payload.logger.error({ err, msg: `Could not remove ${collection} ${id}` }))
}
