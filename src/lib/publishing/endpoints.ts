import type { Endpoint, PayloadRequest } from 'payload'

import { userIsEditor } from '@/access/roles'
import { defaultLocale, isLocale } from '@/i18n/routing'
import { isOutputKind, optionsSchema, outputKinds, type OutputKind } from './kinds'
import { MissingFontsError } from './pdf'
import { OutputError, plan, produce } from './produce'

const query = (req: PayloadRequest) => (req.query ?? {}) as Record<string, unknown>

function parse(req: PayloadRequest): {
  kind: OutputKind
  id: string | null
  options: ReturnType<typeof optionsSchema.parse>
} {
  const q = query(req)
  if (!isOutputKind(q.kind))
    throw new OutputError(`kind must be one of: ${Object.keys(outputKinds).join(', ')}.`)
  const parsed = optionsSchema.safeParse(q)
  if (!parsed.success)
    throw new OutputError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(' '),
    )
  return { kind: q.kind, id: typeof q.id === 'string' && q.id ? q.id : null, options: parsed.data }
}

const failure = (error: unknown) => {
  if (error instanceof OutputError)
    return Response.json({ error: error.message }, { status: error.status })
  if (error instanceof MissingFontsError)
    return Response.json({ error: error.message }, { status: 503 })
  throw error
}

const attachment = (file: Buffer, filename: string, kind: OutputKind, cache: string) =>
  new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': outputKinds[kind].mime,
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Cache-Control': cache,
      'X-Content-Type-Options': 'nosniff',
    },
  })

/** An editors-only GET of /api/outputs: the request parsed and checked; errors an editor can act on. */
const forEditors = (
  path: string,
  answer: (req: PayloadRequest, asked: ReturnType<typeof parse>) => Promise<Response>,
): Endpoint => ({
  path,
  method: 'get',
  handler: async (req) => {
    if (!req.user || !userIsEditor(req.user))
      return Response.json({ error: 'Only editors can make publishing outputs.' }, { status: 403 })
    try {
      return await answer(req, parse(req))
    } catch (error) {
      return failure(error)
    }
  },
})

/**
 * GET /api/outputs/plan?kind=…&id=…  what would go in and what is left out, and why (editors).
 * GET /api/outputs/make?kind=…&id=…&lang=en|es&trim=6x9|a5&paper=letter|a4&from=…&to=…
 *     the file, made again only if anything in it changed (editors).
 * GET /api/outputs/book/:slug/pdf|epub  a published anthology's book, for anyone.
 */
export const outputEndpoints: Endpoint[] = [
  forEditors('/plan', async (req, { kind, id, options }) => {
    const p = await plan(req.payload, { kind, id, options, draft: true })
    return Response.json({
      title: p.title,
      filename: p.filename,
      included: p.included,
      excluded: p.excluded,
      downloadable: p.downloadable,
    })
  }),
  forEditors('/make', async (req, { kind, id, options }) => {
    const made = await produce(req.payload, { kind, id, options, draft: true })
    return attachment(made.file, made.plan.filename, kind, 'private, no-store')
  }),
  {
    path: '/book/:slug/:format',
    method: 'get',
    handler: async (req) => {
      const format = req.routeParams?.format
      const slug = String(req.routeParams?.slug ?? '')
      const kind = format === 'pdf' ? 'anthology-pdf' : format === 'epub' ? 'anthology-epub' : null
      const asked = query(req).lang
      const lang = isLocale(asked) ? asked : defaultLocale
      const notFound = Response.json({ error: 'No such book.' }, { status: 404 })
      if (!kind) return notFound
      const { docs } = await req.payload.find({
        collection: 'compilations',
        overrideAccess: false,
        draft: false,
        depth: 0,
        limit: 1,
        where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
        select: { slug: true },
      })
      if (!docs[0]) return notFound
      try {
        const options = optionsSchema.parse({ lang })
        const made = await produce(req.payload, { kind, id: docs[0].id, options, draft: false })
        if (!made.plan.downloadable) return notFound
        return attachment(made.file, made.plan.filename, kind, 'public, max-age=300')
      } catch (error) {
        return failure(error)
      }
    },
  },
]
