import { z } from 'zod'

import { LOCALES } from '@/i18n/locales.mjs'

/** The outputs the platform makes, where each comes from, and the options each takes. */
export const outputKinds = {
  'anthology-pdf': {
    source: 'compilations',
    ext: 'pdf',
    mime: 'application/pdf',
  },
  'anthology-epub': {
    source: 'compilations',
    ext: 'epub',
    mime: 'application/epub+zip',
  },
  'catalogue-pdf': {
    source: 'exhibitions',
    ext: 'pdf',
    mime: 'application/pdf',
  },
  'labels-pdf': {
    source: 'exhibitions',
    ext: 'pdf',
    mime: 'application/pdf',
  },
  'program-pdf': {
    source: 'events',
    ext: 'pdf',
    mime: 'application/pdf',
  },
  'report-pdf': { source: null, ext: 'pdf', mime: 'application/pdf' },
  'report-csv': {
    source: null,
    ext: 'csv',
    mime: 'text/csv; charset=utf-8',
  },
} as const

export type OutputKind = keyof typeof outputKinds
export type SourceCollection = 'compilations' | 'exhibitions' | 'events'

export const OUTPUT_KINDS = Object.keys(outputKinds) as OutputKind[]

export const isOutputKind = (value: unknown): value is OutputKind =>
  typeof value === 'string' && value in outputKinds

export const kindsFor = (collection: SourceCollection) =>
  (Object.keys(outputKinds) as OutputKind[]).filter((k) => outputKinds[k].source === collection)

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31.')

/** Options from a query string; each kind reads those it needs. Errors name the field. */
export const optionsSchema = z
  .object({
    lang: z.enum(LOCALES).default('en'),
    trim: z.enum(['6x9', 'a5']).default('6x9'),
    paper: z.enum(['letter', 'a4']).default('letter'),
    from: day.optional(),
    to: day.optional(),
  })
  .transform((o) => {
    // A report covers whole days: from the first day to the last, inclusive. Default: the last
    // twelve months up to today.
    const today = new Date().toISOString().slice(0, 10)
    const to = o.to ?? today
    const yearBefore = new Date(`${to}T00:00:00Z`)
    yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1)
    yearBefore.setUTCDate(yearBefore.getUTCDate() + 1)
    const from = o.from ?? yearBefore.toISOString().slice(0, 10)
    return { ...o, from, to }
  })
  .refine((o) => o.from <= o.to, {
    message: 'The report must start before it ends.',
    path: ['from'],
  })

export type OutputOptions = z.output<typeof optionsSchema>

/** The options that change a kind's file (and so its cache key and file name). */
export function variantOf(kind: OutputKind, o: OutputOptions): string {
  if (kind === 'anthology-pdf') return `${o.trim}-${o.lang}`
  if (kind === 'anthology-epub') return o.lang
  if (kind === 'report-pdf') return `${o.from}-${o.to}-${o.paper}-${o.lang}`
  if (kind === 'report-csv') return `${o.from}-${o.to}`
  return `${o.paper}-${o.lang}`
}
