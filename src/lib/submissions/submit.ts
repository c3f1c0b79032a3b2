import type { Payload } from 'payload'

import { isDatabaseDown } from '@/lib/data/payload'
import { plainTextToLexical } from '@/lib/richText'
import { matchOrCreateContributor } from './contributor'
import type { Upload } from './files'
import { hashReceiptCode, newReceiptCode } from './receipt'
import type { SubmissionInput } from './schema'
import type { ID } from '@/lib/relations'

export type SubmitResult =
  | { ok: true; code: string; collection: 'writings' | 'artworks'; id: ID }
  | { ok: false; error: 'tryAgain' | 'unavailable' }

const quiet = { disableRevalidate: true }

/**
 * Stores a validated submission whole or not at all: the contributor (matched or new), the
 * images, then the piece, a draft with status "submitted". If any step fails, what was written
 * (image files included) is removed again and the person is asked to try again.
 */
export async function submitWork(
  payload: Payload,
  input: SubmissionInput,
  uploads: Upload[] = [],
): Promise<SubmitResult> {
  const code = newReceiptCode()
  const media: ID[] = []
  let contributor: { id: ID; created: boolean } | undefined
  const collection = input.kind === 'writing' ? 'writings' : 'artworks'
  try {
    contributor = await matchOrCreateContributor(payload, input)
    for (const [i, file] of uploads.entries()) {
      const alt =
        input.kind === 'artwork' && input.imageDescription ? input.imageDescription : input.title
      const doc = await payload.create({
        collection: 'media',
        data: { alt: uploads.length > 1 ? `${alt} (${i + 1}/${uploads.length})` : alt },
        file,
        depth: 0,
        overrideAccess: true,
        context: quiet,
      })
      media.push(doc.id)
    }
    const shared = {
      title: input.title,
      language: input.language as never,
      contributor: contributor.id as number,
      credit: input.credit,
      penName: input.credit === 'penName' ? input.penName : undefined,
      consents: {
        publishOnline: input.consentOnline,
        printAndExhibit: input.consentPrint,
        readAloud: input.consentReadAloud,
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
              form: input.form as never,
              body: plainTextToLexical(input.text) as never,
              excerpt: input.text.split('\n')[0].slice(0, 200),
            },
            depth: 0,
            overrideAccess: true,
            context: quiet,
          })
        : await payload.create({
            collection: 'artworks',
            draft: true,
            data: {
              ...shared,
              images: media as number[],
              medium: input.medium || undefined,
              year: input.year,
              statement: input.statement
                ? (plainTextToLexical(input.statement) as never)
                : undefined,
            },
            depth: 0,
            overrideAccess: true,
            context: quiet,
          })
    return { ok: true, code, collection, id: doc.id }
  } catch (err) {
    payload.logger.error({ err, msg: 'Submission could not be stored; rolling back' })
    await rollBack(payload, media, contributor)
    return { ok: false, error: isDatabaseDown(err) ? 'unavailable' : 'tryAgain' }
  }
}

async function rollBack(payload: Payload, media: ID[], contributor?: { id: ID; created: boolean }) {
  for (const id of media)
    await payload
      .delete({ collection: 'media', id, overrideAccess: true, context: quiet })
      .catch((err) => payload.logger.error({ err, msg: `Could not remove media ${id}` }))
  if (contributor?.created)
    await payload
      .delete({
        collection: 'contributors',
        id: contributor.id,
        overrideAccess: true,
        context: quiet,
      })
      .catch((err) =>
        payload.logger.error({ err, msg: `Could not remove contributor ${contributor.id}` }),
      )
}
