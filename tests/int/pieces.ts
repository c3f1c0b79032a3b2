import type { Payload } from 'payload'

import type { ID } from '@/lib/relations'
import { plainTextToLexical } from '@/lib/richText'
import type { World } from './fixtures'

/**
 * Writings made in a given editorial state and read back, over one test file's Payload and
 * world (given as a getter: they exist once the file's beforeAll has run).
 */
export function writingsInStates(get: () => { payload: Payload; world: World }) {
  const quiet = { depth: 0, context: { disableRevalidate: true } } as const
  let n = 0
  return {
    quiet,
    asEditor: () => ({ ...quiet, user: get().world.users.editor, overrideAccess: false }),
    /** A draft writing by Alice in this editorial state. */
    piece: (editorialStatus = 'submitted') =>
      get().payload.create({
        ...quiet,
        overrideAccess: true,
        draft: true,
        collection: 'writings',
        data: {
          title: `State ${++n}`,
          body: plainTextToLexical('x'),
          form: 'poem',
          language: 'en',
          contributor: get().world.alice.id,
          credit: 'name',
          consents: { publishOnline: true, source: 'paperForm' },
          editorialStatus: editorialStatus as 'submitted',
          _status: 'draft',
        },
      }),
    /** 1 when the public can read this writing, 0 when not. */
    publicCount: async (id: ID) =>
      (
        await get().payload.count({
          collection: 'writings',
          overrideAccess: false,
          where: { id: { equals: id } },
        })
      ).totalDocs,
    /** The writing as published (its main row). */
    row: (id: ID) =>
      get().payload.findByID({ collection: 'writings', id, ...quiet, overrideAccess: true }),
    /** Its latest version, draft or not. */
    latest: (id: ID) =>
      get().payload.findByID({
        collection: 'writings',
        id,
        ...quiet,
        overrideAccess: true,
        draft: true,
      }),
  }
}
