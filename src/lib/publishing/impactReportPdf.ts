import { formatDate, formatNumber, t, type Locale } from '@/i18n'
import { barChart, columnChart } from './charts'
import type { Paper } from './exhibitionPdf'
import { lastDay, type Report } from './impactReport'
import { contentWidth, createDoc, inch } from './pdf'

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
