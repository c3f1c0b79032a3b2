import { stringify } from 'csv-stringify/sync'
import type { Payload, Where } from 'payload'

import { publicWork } from '@/access/submittedWork'
import { distinctValues, published } from '@/lib/data/shared'
import { relIds } from '@/lib/relations'
import { formatDate, formatNumber, languageNames, t, type Locale } from '@/i18n'
import { contentWidth, createDoc, inch, type Doc } from './pdf'
import type { Paper } from './exhibitionPdf'

/**
 * "By the numbers" for a date range, for funders and the advisory committee. Everything is
 * counted by the database (counts and distinct values), as on /numbers; only totals leave here.
 * The range is [from, to): `to` is the day after the last day reported.
 */
export type Report = {
  from: string
  to: string
  figures: { key: string; label: string; value: number }[]
  months: { month: string; writings: number; artworks: number }[]
  languages: { language: string; label: string; writings: number }[]
}

export async function loadReport(
  payload: Payload,
  from: string,
  to: string,
  lang: Locale,
): Promise<Report> {
  const m = t(lang, 'publishing')
  const between = (field: string): Where[] => [
    { [field]: { greater_than_equal: from } },
    { [field]: { less_than: to } },
  ]
  const work = (field = 'publishedAt'): Where => ({ and: [publicWork, ...between(field)] })
  const aired: Where = { and: [published, ...between('airDate')] }
  const count = async (
    collection: 'writings' | 'artworks' | 'episodes' | 'compilations' | 'exhibitions' | 'events',
    where: Where,
  ) => (await payload.count({ collection, overrideAccess: true, where })).totalDocs
  const distinct = (
    collection: 'writings' | 'artworks' | 'episodes',
    field: string,
    where: Where,
    limit?: number,
  ) => distinctValues(payload, collection, field, where, limit)

  const [
    writings,
    artworks,
    writers,
    artists,
    episodes,
    guests,
    compilations,
    exhibitions,
    events,
    languages,
  ] = await Promise.all([
    count('writings', work()),
    count('artworks', work()),
    distinct('writings', 'contributor', work(), 1),
    distinct('artworks', 'contributor', work(), 1),
    count('episodes', aired),
    distinct('episodes', 'guests', aired, 1),
    count('compilations', { and: [published, ...between('publishedAt')] }),
    count('exhibitions', { and: [published, ...between('opens')] }),
    payload.find({
      collection: 'events',
      overrideAccess: true,
      pagination: false,
      depth: 0,
      where: { and: between('start') },
      select: { attendance: true, featuredContributors: true, kind: true },
    }),
    distinct('writings', 'language', work()),
  ])
  const readers = new Set(
    events.docs
      .filter((e) => e.kind !== 'art_show')
      .flatMap((e) => relIds(e.featuredContributors).map(String)),
  )
  const attendance = events.docs.reduce((sum, e) => sum + (e.attendance ?? 0), 0)
  const languageCounts = await Promise.all(
    languages.values.map(async (v) => {
      const language = String((v as { language?: unknown }).language)
      return {
        language,
        label: languageNames[language] ?? language,
        writings: await count('writings', { and: [work(), { language: { equals: language } }] }),
      }
    }),
  )
  const months: Report['months'] = []
  const start = new Date(from)
  const end = new Date(to)
  for (
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
    d < end;
    d.setUTCMonth(d.getUTCMonth() + 1)
  ) {
    const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
    const range: Where[] = [
      {
        publishedAt: {
          greater_than_equal: new Date(Math.max(d.getTime(), start.getTime())).toISOString(),
        },
      },
      {
        publishedAt: { less_than: new Date(Math.min(next.getTime(), end.getTime())).toISOString() },
      },
    ]
    const [w, a] = await Promise.all([
      count('writings', { and: [publicWork, ...range] }),
      count('artworks', { and: [publicWork, ...range] }),
    ])
    months.push({ month: d.toISOString().slice(0, 7), writings: w, artworks: a })
  }
  return {
    from,
    to,
    figures: [
      { key: 'writings', label: m('figures.writings'), value: writings },
      { key: 'writers', label: m('figures.writers'), value: writers.totalDocs },
      { key: 'artworks', label: m('figures.artworks'), value: artworks },
      { key: 'artists', label: m('figures.artists'), value: artists.totalDocs },
      { key: 'episodes', label: m('figures.episodes'), value: episodes },
      { key: 'guests', label: m('figures.guests'), value: guests.totalDocs },
      { key: 'events', label: m('figures.events'), value: events.docs.length },
      { key: 'readers', label: m('figures.readers'), value: readers.size },
      { key: 'attendance', label: m('figures.attendance'), value: attendance },
      { key: 'compilations', label: m('figures.compilations'), value: compilations },
      { key: 'exhibitions', label: m('figures.exhibitions'), value: exhibitions },
    ],
    months,
    languages: languageCounts.sort((a, b) => b.writings - a.writings),
  }
}

/** The report as CSV: one row per figure, month and language, with the period on every row. */
export function reportCsv(report: Report): Buffer {
  const period = [report.from.slice(0, 10), lastDay(report.to)]
  const rows: (string | number)[][] = [['section', 'metric', 'value', 'from', 'to']]
  for (const f of report.figures) rows.push(['totals', f.key, f.value, ...period])
  for (const mo of report.months) {
    rows.push(['per_month_writings', mo.month, mo.writings, ...period])
    rows.push(['per_month_artworks', mo.month, mo.artworks, ...period])
  }
  for (const l of report.languages)
    rows.push(['writings_by_language', l.language, l.writings, ...period])
  return Buffer.from(stringify(rows), 'utf8')
}

const lastDay = (to: string) =>
  new Date(new Date(to).getTime() - 86_400_000).toISOString().slice(0, 10)

/** The report as a PDF: key figures, a bar chart per month and one per language. */
export async function reportPdf(report: Report, lang: Locale, paper: Paper): Promise<Buffer> {
  const m = t(lang, 'publishing')
  const margins = { top: 0.8 * inch, bottom: 0.8 * inch, left: 0.85 * inch, right: 0.85 * inch }
  const period = `${formatDate(lang, report.from)} – ${formatDate(lang, lastDay(report.to))}`
  const { doc, done } = createDoc({
    size: paper,
    margins,
    lang,
    title: `${m('report')} · ${period}`,
    author: 'Voice & Visibility',
    subject: m('byTheNumbers'),
  })
  doc.addPage()
  const width = contentWidth(doc)
  doc
    .font('sans')
    .fontSize(10)
    .fillColor('#8a3b12')
    .text(m('report').toLocaleUpperCase(lang), { characterSpacing: 1.5 })
  doc.fillColor('#000000').font('serif-bold').fontSize(22).text(m('byTheNumbers'))
  doc
    .font('serif')
    .fontSize(12)
    .text(`${m('period')}: ${period}`)
    .moveDown(1)

  // Key figures, three to a row.
  const cols = 3
  const cellW = width / cols
  const top = doc.y
  report.figures.forEach((f, i) => {
    const x = margins.left + (i % cols) * cellW
    const y = top + Math.floor(i / cols) * 54
    doc
      .font('sans-bold')
      .fontSize(20)
      .fillColor('#8a3b12')
      .text(formatNumber(lang, f.value), x, y, { width: cellW - 8 })
    doc
      .font('sans')
      .fontSize(9)
      .fillColor('#000000')
      .text(f.label, x, y + 25, { width: cellW - 8 })
  })
  doc.x = margins.left
  doc.y = top + Math.ceil(report.figures.length / cols) * 54 + 10

  columnChart(doc, m('perMonth'), periods(report.months), [
    m('figures.writings'),
    m('figures.artworks'),
  ])
  barChart(
    doc,
    m('languages'),
    report.languages.map((l) => ({ label: l.label, value: l.writings })),
    m('figures.writings'),
  )
  doc.moveDown(1)
  doc
    .font('sans')
    .fontSize(8)
    .fillColor('#444444')
    .text(
      `${m('generated')} ${formatDate(lang, new Date().toISOString())} · ${m('program')}`,
      margins.left,
      undefined,
      { width },
    )
  doc.end()
  return done
}

const palette = ['#8a3b12', '#2f6f6a']

/**
 * Months grouped so a chart has at most 24 columns: by month, else by quarter, else by year.
 */
function periods(months: Report['months']) {
  const size = months.length <= 24 ? 1 : months.length <= 72 ? 3 : 12
  const out: { label: string; values: number[] }[] = []
  for (let i = 0; i < months.length; i += size) {
    const group = months.slice(i, i + size)
    const [y, mo] = group[0].month.split('-')
    const label =
      size === 1
        ? `${mo}/${y.slice(2)}`
        : size === 3
          ? `Q${Math.floor((Number(mo) - 1) / 3) + 1} ${y}`
          : y
    out.push({
      label,
      values: [
        group.reduce((n, g) => n + g.writings, 0),
        group.reduce((n, g) => n + g.artworks, 0),
      ],
    })
  }
  return out
}

function legend(doc: Doc, series: string[]) {
  const left = doc.page.margins.left
  let x = left
  const y = doc.y
  series.forEach((s, i) => {
    doc.rect(x, y + 2, 8, 8).fill(palette[i])
    doc
      .fillColor('#000000')
      .font('sans')
      .fontSize(8.5)
      .text(s, x + 12, y, { lineBreak: false })
    x += 12 + doc.widthOfString(s) + 16
  })
  doc.x = left
  doc.y = y + 16
}

/** A column chart (one group of columns per period), vector-drawn, 170 pt tall. */
function columnChart(
  doc: Doc,
  title: string,
  rows: { label: string; values: number[] }[],
  series: string[],
) {
  const height = 170
  if (doc.y + height + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage()
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  doc.moveDown(0.8)
  doc.font('serif-bold').fontSize(13).fillColor('#000000').text(title, left)
  legend(doc, series)
  const top = doc.y + 6
  const base = top + height
  const max = Math.max(1, ...rows.flatMap((r) => r.values))
  const slot = width / Math.max(1, rows.length)
  const barW = Math.min(14, (slot - 4) / series.length)
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor('#999999')
    .moveTo(left, base)
    .lineTo(left + width, base)
    .stroke()
    .restore()
  rows.forEach((row, i) => {
    const x0 = left + i * slot + (slot - barW * row.values.length) / 2
    row.values.forEach((v, j) => {
      const h = (v / max) * (height - 12)
      doc.rect(x0 + j * barW, base - h, barW - 1, Math.max(h, 0.5)).fill(palette[j])
      if (v)
        doc
          .fillColor('#000000')
          .font('sans')
          .fontSize(6)
          .text(String(v), x0 + j * barW - 4, base - h - 8, {
            width: barW + 8,
            align: 'center',
            lineBreak: false,
          })
    })
    doc
      .fillColor('#000000')
      .font('sans')
      .fontSize(6.5)
      .text(row.label, left + i * slot, base + 4, {
        width: slot,
        align: 'center',
        lineBreak: false,
      })
  })
  doc.x = left
  doc.y = base + 18
}

/** A horizontal bar chart (one bar per label), for a handful of categories. */
function barChart(
  doc: Doc,
  title: string,
  rows: { label: string; value: number }[],
  series: string,
) {
  const rowH = 12
  if (doc.y + 50 + rows.length * (rowH + 3) > doc.page.height - doc.page.margins.bottom)
    doc.addPage()
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  doc.moveDown(0.8)
  doc.font('serif-bold').fontSize(13).fillColor('#000000').text(title, left)
  legend(doc, [series])
  const labelW = 100
  const max = Math.max(1, ...rows.map((r) => r.value))
  const barW = width - labelW - 40
  for (const row of rows) {
    const y = doc.y
    doc
      .font('sans')
      .fontSize(8)
      .fillColor('#000000')
      .text(row.label, left, y + 2, { width: labelW - 6, lineBreak: false })
    doc.rect(left + labelW, y, Math.max(0.5, (row.value / max) * barW), rowH).fill(palette[0])
    doc
      .fillColor('#000000')
      .fontSize(7.5)
      .text(String(row.value), left + labelW + (row.value / max) * barW + 4, y + 2, {
        lineBreak: false,
      })
    doc.x = left
    doc.y = y + rowH + 3
  }
}
