import { parse } from 'csv-parse/sync'
import JSZip from 'jszip'
import type { Payload, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { locales, t } from '@/i18n'
import { serverURL } from '@/lib/env'
import { outputEndpoints } from '@/lib/publishing/endpoints'
import { optionsSchema, type OutputKind } from '@/lib/publishing/kinds'
import { produce } from '@/lib/publishing/produce'
import { seed } from '@/seed'
import { bootBeforeAll } from './helpers'
import { epubcheck, pdfInfo, pdfText, qrCodesOnFirstPage, run, save } from './outputFiles'

/**
 * The publishing outputs of the seeded demo, checked with the tools a print shop or e-book
 * store would use (./outputFiles).
 */
let payload: Payload
let privateValues: string[] = []
const ids: Record<string, string | number> = {}

bootBeforeAll(async (booted) => {
  payload = booted
  await seed(payload)
  const people = await payload.find({
    collection: 'contributors',
    overrideAccess: true,
    pagination: false,
    depth: 0,
  })
  privateValues = people.docs
    .flatMap((c) => [c.legalName, c.email, c.phone, c.workplace])
    .filter((v): v is string => !!v)
  expect(privateValues.length).toBeGreaterThan(40)
  for (const [collection, slug] of [
    ['compilations', 'many-tongues'],
    ['compilations', 'we-keep-it-running'],
    ['exhibitions', 'hands-at-work'],
    ['events', 'building-bridges-showcase-2026'],
  ] as const) {
    const { docs } = await payload.find({
      collection,
      overrideAccess: true,
      depth: 0,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    expect(docs[0], `${collection} ${slug}`).toBeTruthy()
    ids[slug] = docs[0].id
  }
}, 120_000)

const editorUser = async () =>
  (
    await payload.find({
      collection: 'users',
      overrideAccess: true,
      where: { email: { equals: 'editor@example.com' } },
    })
  ).docs[0]

const make = (kind: OutputKind, id: string | number | null, options: Record<string, string> = {}) =>
  produce(payload, { kind, id, options: optionsSchema.parse(options), draft: true })

function expectNoPrivateValues(text: string) {
  for (const secret of privateValues) expect(text, `contains "${secret}"`).not.toContain(secret)
}

describe('anthology PDF', () => {
  it('has the pieces in curated order with their credits, a contents page with true page numbers, and Chinese and Vietnamese text', async () => {
    const made = await make('anthology-pdf', ids['many-tongues'])
    const file = save(made.file, 'pdf')
    const info = pdfInfo(file)
    expect(info).toMatch(/Page size:\s+432 x 648 pts/)
    expect(info).toMatch(/Title:\s+Many Tongues, One Table/)
    const text = pdfText(file)
    const titles = made.plan.included.map((i) => i.title)
    expect(titles).toEqual([
      '母语',
      'Cơm trưa',
      'Meu primeiro salário neste país',
      'Grèv twa jou a',
      'Bao',
    ])
    // In order in the body (after the contents page).
    const body = text.slice(text.indexOf('Introduction', text.indexOf('Colophon')))
    let at = 0
    for (const title of titles) {
      const found = body.indexOf(title, at)
      expect(found, title).toBeGreaterThan(at - 1)
      at = found
    }
    expect(text).toContain('Mei Chen')
    expect(text).toContain('Nguyễn Thị Lan')
    expect(text).toContain('在厨房里我说英语')
    expect(text).toContain('Hộp cơm mẹ gói từ sáng sớm')
    // Each contents line's number is the page the piece starts on.
    for (const entry of made.plan.included) {
      const line = text.split('\n').find((l) => l.includes(`${entry.title} — ${entry.credit}`))
      expect(line, entry.title).toBeTruthy()
      const page = Number(line!.trim().split(/\s+/).pop())
      // A writing's page opens with its title; a plate's with its caption ("Plate 1. Bao").
      expect(pdfText(file, page).trimStart().split('\n')[0]).toContain(entry.title)
    }
    expectNoPrivateValues(text + info)
    // Every font is embedded (as a subset), so the print shop sees what the editor saw.
    const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font).toMatch(/\byes\s+yes\s+yes\b/)
  })

  it('leaves out a piece without print consent, says why, and it appears nowhere in the file', async () => {
    const made = await make('anthology-pdf', ids['many-tongues'])
    expect(made.plan.excluded).toEqual([
      expect.objectContaining({
        title: 'La huelga de los tres días',
        reason: 'no consent to print or exhibit',
      }),
    ])
    expect(pdfText(save(made.file, 'pdf'))).not.toContain('La huelga')
  })

  it('is made in A5 and in Spanish, and an anonymous piece carries no trace of its writer', async () => {
    const made = await make('anthology-pdf', ids['we-keep-it-running'], { trim: 'a5', lang: 'es' })
    const file = save(made.file, 'pdf')
    const info = pdfInfo(file)
    expect(info).toMatch(/Page size:\s+419\.5\d* x 595\.2\d* pts/)
    const text = pdfText(file)
    expect(text).toContain('Índice')
    expect(text).toContain('What We Carry — Anónimo')
    // Jean-Baptiste Pierre wrote it; he has no other piece in this book.
    for (const trace of ['Jean-Baptiste', 'Pierre-Louis']) {
      expect(text).not.toContain(trace)
      expect(info).not.toContain(trace)
      expect(made.plan.filename).not.toContain(trace.toLowerCase())
    }
    expectNoPrivateValues(text + info)
  })
})

describe('anthology EPUB', () => {
  it('passes epubcheck with no errors, marks each piece’s language, describes every image and declares its accessibility', async () => {
    const made = await make('anthology-epub', ids['many-tongues'])
    const report = epubcheck(save(made.file, 'epub'))
    expect(report).toMatch(/0 fatals \/ 0 errors/)
    const zip = await JSZip.loadAsync(made.file)
    const names = Object.keys(zip.files)
    expect(names[0]).toBe('mimetype')
    const texts = await Promise.all(
      names.filter((n) => /\.(xhtml|opf|xml)$/.test(n)).map((n) => zip.file(n)!.async('string')),
    )
    const all = texts.join('\n')
    expect(all).toMatch(/xml:lang="zh"[^]*母语/)
    expect(all).toMatch(/xml:lang="vi"[^]*Cơm trưa/)
    const opf = await zip.file('EPUB/package.opf')!.async('string')
    for (const property of [
      'schema:accessMode',
      'schema:accessibilityFeature',
      'schema:accessibilitySummary',
    ])
      expect(opf).toContain(`property="${property}"`)
    const images = all.match(/<img [^>]*>/g) ?? []
    expect(images.length).toBeGreaterThan(0)
    for (const img of images) expect(img).toMatch(/alt="[^"]+"/)
    expect(all).not.toContain('La huelga')
    expectNoPrivateValues(all)
  })
})

describe('exhibition catalogue and wall labels', () => {
  it('lists the works in hanging order with their credits', async () => {
    const made = await make('catalogue-pdf', ids['hands-at-work'])
    const text = pdfText(save(made.file, 'pdf'))
    let at = 0
    for (const item of made.plan.included) {
      const found = text.indexOf(item.title, at)
      expect(found, item.title).toBeGreaterThanOrEqual(at)
      expect(text).toContain(item.credit)
      at = found
    }
    expect(made.plan.included.length).toBeGreaterThan(3)
    expectNoPrivateValues(text)
  })

  it('puts a QR code on each label that decodes to the artwork’s page', async () => {
    const made = await make('labels-pdf', ids['hands-at-work'], { paper: 'a4' })
    const file = save(made.file, 'pdf')
    expect(pdfInfo(file)).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts/)
    const text = pdfText(file)
    for (const item of made.plan.included) expect(text).toContain(item.title)
    const decoded = qrCodesOnFirstPage(file).sort()
    const slugs = await payload.find({
      collection: 'artworks',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { id: { in: made.plan.included.map((i) => i.ref.split(':')[1]) } },
      select: { slug: true },
    })
    expect(decoded).toEqual(slugs.docs.map((d) => `${serverURL}/art/${d.slug}`).sort())
  })
})

describe('event program', () => {
  it('has the running order with credits, the venue and the accessibility notes, without pieces not consented for reading', async () => {
    const made = await make('program-pdf', ids['building-bridges-showcase-2026'])
    const text = pdfText(save(made.file, 'pdf'))
    expect(text).toContain('Building Bridges Showcase')
    expect(text).toContain('Healey Library Lobby')
    expect(text).toContain('interpretation in Spanish, Haitian Creole and Vietnamese')
    made.plan.included.forEach((item, i) => expect(text).toContain(`${i + 1}. ${item.title}`))
    for (const left of made.plan.excluded) expect(text).not.toContain(left.title)
    expectNoPrivateValues(text)
  })

  it('is made in each of the six languages: its headings translated, no English left where a translation exists', async () => {
    for (const lang of locales) {
      const m = t(lang, 'publishing')
      const text = pdfText(
        save(
          (await make('program-pdf', ids['building-bridges-showcase-2026'], { lang })).file,
          'pdf',
        ),
      )
      // Section headings are set in capitals.
      for (const key of ['runningOrder', 'accessibility', 'venue'] as const)
        expect(text, `${lang} ${key}`).toContain(m(key).toLocaleUpperCase(lang))
      if (lang !== 'en') expect(text, lang).not.toContain('RUNNING ORDER')
    }
  })
})

describe('impact report', () => {
  it('gives the same figures as the database, as PDF and CSV', async () => {
    const options = { from: '2020-01-01', to: '2026-12-31' }
    const csv = await make('report-csv', null, options)
    const rows = parse(csv.file.toString('utf8'), { columns: true }) as Record<string, string>[]
    const total = (metric: string) =>
      Number(rows.find((r) => r.section === 'totals' && r.metric === metric)?.value)
    const published = await payload.count({
      collection: 'writings',
      overrideAccess: true,
      where: {
        _status: { equals: 'published' },
        editorialStatus: { equals: 'accepted' },
        publishedAt: { greater_than_equal: '2020-01-01T00:00:00.000Z' },
      },
    })
    expect(total('writings')).toBe(published.totalDocs)
    expect(total('events')).toBe(4)
    const aired = await payload.find({
      collection: 'episodes',
      overrideAccess: true,
      pagination: false,
      depth: 0,
      where: {
        _status: { equals: 'published' },
        airDate: { greater_than_equal: '2020-01-01T00:00:00.000Z', less_than: '2027-01-01' },
      },
      select: { guests: true },
    })
    expect(total('episodes')).toBe(aired.docs.length)
    const heard = new Set(aired.docs.flatMap((e) => (e.guests ?? []).map((g) => String(g))))
    expect(heard.size).toBeGreaterThan(0)
    expect(total('guests')).toBe(heard.size)
    const perMonth = rows.filter((r) => r.section === 'per_month_writings')
    expect(perMonth.reduce((n, r) => n + Number(r.value), 0)).toBe(published.totalDocs)
    const pdf = pdfText(save((await make('report-pdf', null, options)).file, 'pdf'))
    expect(pdf).toContain('By the numbers')
    expect(pdf).toContain(String(published.totalDocs))
    expectNoPrivateValues(pdf + csv.file.toString('utf8'))
  })

  it('refuses a range that ends before it starts', () => {
    expect(() => optionsSchema.parse({ from: '2026-05-01', to: '2026-01-01' })).toThrow(
      /start before/,
    )
  })
})

describe('caching and consent withdrawal', () => {
  it('keeps a file until something in it changes; withdrawing consent marks it stale and the next one leaves the piece out', async () => {
    const first = await make('anthology-pdf', ids['many-tongues'])
    const again = await make('anthology-pdf', ids['many-tongues'])
    expect(again.cached).toBe(true)
    expect(again.file.equals(first.file)).toBe(true)

    const { docs } = await payload.find({
      collection: 'writings',
      overrideAccess: true,
      depth: 0,
      limit: 1,
      where: { slug: { equals: 'com-trua' } },
    })
    const editor = await editorUser()
    await payload.update({
      collection: 'writings',
      id: docs[0].id,
      data: { consents: { publishOnline: true, printAndExhibit: false, readAloud: false } },
      overrideAccess: false,
      user: editor,
      depth: 0,
    })
    const stored = await payload.find({
      collection: 'outputs',
      overrideAccess: true,
      where: { kind: { equals: 'anthology-pdf' } },
    })
    const book = stored.docs.find((d) => d.key.startsWith(`anthology-pdf:${ids['many-tongues']}:`))
    expect(book?.stale).toBe(true)
    expect(book?.staleReason).toBe('Consent to print or exhibit withdrawn')

    const remade = await make('anthology-pdf', ids['many-tongues'])
    expect(remade.cached).toBe(false)
    expect(pdfText(save(remade.file, 'pdf'))).not.toContain('Cơm trưa')
    expect(remade.plan.excluded.map((e) => e.title)).toContain('Cơm trưa')
  })
})

describe('taking a piece down', () => {
  it('marks the files that contain it stale, and the next one leaves it out', async () => {
    const before = await make('catalogue-pdf', ids['hands-at-work'])
    const piece = before.plan.included[0]
    const id = piece.ref.split(':')[1]
    const editor = await editorUser()
    const { takedown } = await import('@/lib/editorial/takedown')
    await takedown(payload, 'artworks', id, 'unpublish', editor, 'Consent withdrawn')
    const stored = await payload.find({
      collection: 'outputs',
      overrideAccess: true,
      where: { kind: { equals: 'catalogue-pdf' } },
    })
    expect(stored.docs.every((d) => d.stale && d.staleReason === 'Taken down')).toBe(true)
    const after = await make('catalogue-pdf', ids['hands-at-work'])
    expect(after.cached).toBe(false)
    expect(after.plan.included.map((i) => i.ref)).not.toContain(piece.ref)
    expect(after.plan.excluded).toContainEqual(
      expect.objectContaining({ title: piece.title, reason: 'not accepted or not available' }),
    )
    expect(pdfText(save(after.file, 'pdf'))).not.toContain(piece.title)
  })
})

describe('who may make and download outputs', () => {
  const call = (
    path: string,
    query: Record<string, string>,
    user: unknown = null,
    routeParams = {},
  ) =>
    outputEndpoints
      .find((e) => e.path === path)!
      .handler({ payload, user, query, routeParams } as unknown as PayloadRequest)

  it('refuses the public, and nobody can read generated files through the API', async () => {
    const res = await call('/make', { kind: 'anthology-pdf', id: String(ids['many-tongues']) })
    expect(res.status).toBe(403)
    const plan = await call('/plan', { kind: 'report-pdf' })
    expect(plan.status).toBe(403)
    await expect(payload.find({ collection: 'outputs', overrideAccess: false })).rejects.toThrow()
  })

  it('gives an editor an error they can act on for a wrong kind or a missing id', async () => {
    const editor = await editorUser()
    const wrong = await call('/make', { kind: 'poster' }, editor)
    expect(wrong.status).toBe(400)
    expect((await wrong.json()).error).toMatch(/kind must be one of/)
    const missing = await call('/make', { kind: 'anthology-pdf' }, editor)
    expect((await missing.json()).error).toMatch(/give its id/)
  })

  it('gives an editor the file, with the id as a query string carries it', async () => {
    const editor = await editorUser()
    const res = await call(
      '/make',
      { kind: 'program-pdf', id: String(ids['building-bridges-showcase-2026']), paper: 'a4' },
      editor,
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain(
      'building-bridges-showcase-2026-program-a4.pdf',
    )
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it('offers a published anthology’s book to anyone, and nothing for an unknown one', async () => {
    const ok = await call('/book/:slug/:format', {}, null, { slug: 'many-tongues', format: 'epub' })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('application/epub+zip')
    expect(ok.headers.get('content-disposition')).toContain('many-tongues')
    const unknown = await call('/book/:slug/:format', {}, null, { slug: 'nope', format: 'pdf' })
    expect(unknown.status).toBe(404)
  })
})
