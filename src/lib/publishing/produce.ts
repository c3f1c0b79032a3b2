import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { L } from '@/i18n/admin'
import { relPath, uploadStore } from '@/lib/media/storage'
import { ref as idRef, type ID } from '@/lib/relations'
import { slugify } from '@/lib/slugify'
import { anthologyPdf } from './anthologyPdf'
import { anthologyEpub } from './epub'
import { cataloguePdf, labelsPdf } from './exhibitionPdf'
import {
  kindsFor,
  outputKinds,
  variantOf,
  type OutputKind,
  type OutputOptions,
  type SourceCollection,
} from './kinds'
import type { Exclusion, Selection, WorkRef } from './model'
import { programPdf } from './programPdf'
import { loadReport, reportCsv } from './impactReport'
import { reportPdf } from './impactReportPdf'
import { loadAnthology, loadEvent, loadExhibition, type Anthology } from './load'

/** Bumped when a renderer changes, so every cached file is made again. */
const GENERATOR_VERSION = 1

export class OutputError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message)
  }
}

export type Plan = {
  kind: OutputKind
  title: string
  filename: string
  included: { ref: WorkRef; title: string; credit: string }[]
  excluded: Exclusion[]
  /** An anthology anyone may download: published, and every piece in it consents to online. */
  downloadable: boolean
  /** The anthology, exhibition or event it is made from (its id as the database has it). */
  sourceId: ID | null
  fingerprint: string
  render: () => Promise<Buffer>
}

type Request = { kind: OutputKind; id?: ID | null; options: OutputOptions; draft: boolean }

/** Reads everything an output contains and decides what is in and out; draws nothing yet. */
export async function plan(payload: Payload, req: Request): Promise<Plan> {
  const { kind, options: o } = req
  const source = outputKinds[kind].source
  if (source && (req.id === undefined || req.id === null || req.id === ''))
    throw new OutputError(`This output is made from one of the ${source}: give its id.`)
  const missing = () =>
    new OutputError(`There is no ${source?.slice(0, -1)} with id ${req.id}.`, 404)
  const read = { draft: req.draft }
  let title: string
  let base: string
  let selection: Selection | null = null
  let model: unknown
  let render: () => Promise<Buffer>
  let downloadable = false
  let sourceId: ID | null = null
  if (kind === 'anthology-pdf' || kind === 'anthology-epub') {
    const book: Anthology | null = await loadAnthology(payload, req.id!, o.lang, read)
    if (!book) throw missing()
    title = book.title
    base = `${book.slug}-${kind === 'anthology-pdf' ? `anthology-${o.trim}` : 'anthology'}`
    selection = book.selection
    model = book
    sourceId = book.id
    // Only published pieces go in (read as the public reads them), and a piece is published only
    // with its consent to online publication (a hook refuses otherwise): a published anthology's
    // file holds nothing that may not be online.
    downloadable = book.published && book.selection.items.length > 0
    render = () =>
      kind === 'anthology-pdf' ? anthologyPdf(book, o.lang, o.trim) : anthologyEpub(book, o.lang)
  } else if (kind === 'catalogue-pdf' || kind === 'labels-pdf') {
    const show = await loadExhibition(payload, req.id!, o.lang, read)
    if (!show) throw missing()
    title = show.title
    base = `${show.slug}-${kind === 'labels-pdf' ? 'labels' : 'catalogue'}-${o.paper}`
    selection = show.selection
    model = show
    sourceId = show.id
    render = () =>
      kind === 'labels-pdf' ? labelsPdf(show, o.lang, o.paper) : cataloguePdf(show, o.lang, o.paper)
  } else if (kind === 'program-pdf') {
    const event = await loadEvent(payload, req.id!, o.lang, read)
    if (!event) throw missing()
    title = event.title
    base = `${event.slug}-program-${o.paper}`
    selection = event.selection
    model = event
    sourceId = event.id
    render = () => programPdf(event, o.lang, o.paper)
  } else {
    const to = new Date(`${o.to}T00:00:00Z`)
    to.setUTCDate(to.getUTCDate() + 1)
    const report = await loadReport(payload, `${o.from}T00:00:00.000Z`, to.toISOString(), o.lang)
    title = `Impact report ${o.from} – ${o.to}`
    base = `impact-report-${o.from}-to-${o.to}`
    model = report
    render = () =>
      kind === 'report-csv'
        ? Promise.resolve(reportCsv(report))
        : reportPdf(report, o.lang, o.paper)
  }
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ v: GENERATOR_VERSION, kind, variant: variantOf(kind, o), model }))
    .digest('hex')
  return {
    kind,
    title,
    filename: `${slugify(base)}.${outputKinds[kind].ext}`,
    included: (selection?.items ?? []).map((i) => ({
      ref: i.ref,
      title: i.title,
      credit: i.credit,
    })),
    excluded: selection?.excluded ?? [],
    downloadable,
    sourceId,
    fingerprint,
    render,
  }
}

const running = new Map<string, Promise<Produced>>()

export type Produced = { plan: Plan; file: Buffer; cached: boolean; ms: number; id: ID }

/**
 * The file for a request: the stored one when nothing it contains has changed and it is not
 * stale, otherwise made again and stored in place of the old one. Concurrent requests for the
 * same file share one generation.
 */
export async function produce(payload: Payload, req: Request): Promise<Produced> {
  const key = `${req.kind}:${req.id ?? ''}:${variantOf(req.kind, req.options)}:${req.draft ? 'latest' : 'published'}`
  const pending = running.get(key)
  if (pending) return pending
  const job = make(payload, req, key).finally(() => running.delete(key))
  running.set(key, job)
  return job
}

async function make(payload: Payload, req: Request, key: string): Promise<Produced> {
  const p = await plan(payload, req)
  const { docs } = await payload.find({
    collection: 'outputs',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    where: { key: { equals: key } },
  })
  const existing = docs[0]
  if (existing && !existing.stale && existing.fingerprint === p.fingerprint && existing.filename) {
    const file = await uploadStore().read(relPath('outputs', existing.filename))
    if (file) return { plan: p, file, cached: true, ms: 0, id: existing.id }
  }
  const started = performance.now()
  const file = await p.render()
  const ms = Math.round(performance.now() - started)
  if (existing)
    await payload.delete({ collection: 'outputs', id: existing.id, overrideAccess: true })
  const source = outputKinds[req.kind].source
  const doc = await payload.create({
    collection: 'outputs',
    overrideAccess: true,
    depth: 0,
    data: {
      // Several files per document (sizes, languages, the public one): the title tells them apart.
      title: `${p.title} — ${L(`options.outputKind.${req.kind}`).en} · ${variantOf(req.kind, req.options)}${req.draft ? '' : ' · public download'}`,
      kind: req.kind,
      source:
        source && p.sourceId != null ? { relationTo: source, value: idRef(p.sourceId) } : undefined,
      key,
      fingerprint: p.fingerprint,
      containsKeys: `|${p.included.map((i) => i.ref).join('|')}|`,
      excluded: p.excluded.map((e) => ({ title: e.title, reason: e.reason })),
      stale: false,
      generatedAt: new Date().toISOString(),
      generationMs: ms,
    },
    file: {
      data: file,
      mimetype: outputKinds[req.kind].mime.split(';')[0],
      name: p.filename,
      size: file.length,
    },
  })
  return { plan: p, file, cached: false, ms, id: doc.id }
}

/**
 * Marks every stored output that contains a piece as stale (consent withdrawn, taken down,
 * edited, trashed). The file is made again, without it if it no longer qualifies, at the next
 * download.
 */
export async function markStale(
  payload: Payload,
  ref: WorkRef,
  reason: string,
  req?: PayloadRequest,
) {
  await payload.update({
    req,
    collection: 'outputs',
    overrideAccess: true,
    depth: 0,
    where: { and: [{ containsKeys: { contains: `|${ref}|` } }, { stale: { equals: false } }] },
    data: { stale: true, staleReason: reason },
  })
}

/** Marks the outputs made from one anthology, exhibition or event as stale. */
export async function markSourceStale(
  payload: Payload,
  source: SourceCollection,
  id: ID,
  reason: string,
  req?: PayloadRequest,
) {
  await payload.update({
    req,
    collection: 'outputs',
    overrideAccess: true,
    depth: 0,
    where: {
      and: [
        { kind: { in: kindsFor(source) } },
        { key: { contains: `:${id}:` } },
        { stale: { equals: false } },
      ],
    },
    data: { stale: true, staleReason: reason },
  })
}
