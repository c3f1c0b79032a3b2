// Charts drawn as vectors in a PDF (the impact report's): columns per period, bars per label.
import { contentWidth, type Doc } from './pdf'

const palette = ['#8a3b12', '#2f6f6a']

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
export function columnChart(
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
export function barChart(
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
