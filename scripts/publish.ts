/**
 * npm run publish:output -- <kind> [<id or slug>] [--lang=es] [--trim=a5] [--paper=a4]
 *                    [--from=2026-01-01] [--to=2026-06-30] [--out=file]
 *
 * Makes one publishing output, as the admin's buttons do, and writes it to a file (default: the
 * output's own name in the current folder). Kinds: anthology-pdf, anthology-epub, catalogue-pdf,
 * labels-pdf, program-pdf (from a compilation, exhibition or event), report-pdf, report-csv.
 * Prints what was left out and why, and how long it took.
 */
import fs from 'node:fs/promises'

import { getPayload } from 'payload'

import config from '@payload-config'
import { isOutputKind, optionsSchema, outputKinds } from '@/lib/publishing/kinds'
import { produce } from '@/lib/publishing/produce'

const [kind, target] = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const flags = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => a.slice(2).split('=') as [string, string]),
)
if (!isOutputKind(kind)) {
  console.error(`Say which output: ${Object.keys(outputKinds).join(', ')}.`)
  process.exit(2)
}
const payload = await getPayload({ config })
try {
  const source = outputKinds[kind].source
  let id: string | number | null = null
  if (source) {
    if (!target) throw new Error(`Give the id or slug of one of the ${source}.`)
    const { docs } = await payload.find({
      collection: source,
      overrideAccess: true,
      draft: true,
      depth: 0,
      limit: 1,
      where: {
        or: [
          { slug: { equals: target } },
          // An id: a number on SQLite, 24 hex digits on MongoDB.
          ...(/^(\d+|[a-f0-9]{24})$/.test(target) ? [{ id: { equals: target } }] : []),
        ],
      },
      select: { slug: true },
    })
    if (!docs[0]) throw new Error(`No ${source} with id or slug "${target}".`)
    id = docs[0].id
  }
  const options = optionsSchema.parse(flags)
  const made = await produce(payload, { kind, id, options, draft: true })
  const out = flags.out ?? made.plan.filename
  await fs.writeFile(out, made.file)
  console.log(
    `${out}: ${made.file.length.toLocaleString('en')} bytes, ${made.cached ? 'unchanged since it was last made' : `made in ${made.ms} ms`}; ${made.plan.included.length} pieces in.`,
  )
  for (const e of made.plan.excluded) console.log(`  left out: ${e.title} (${e.reason})`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`Could not make it: ${(error as Error).message}`)
  if (process.env.DEBUG) console.error(error)
  process.exit(1)
}
