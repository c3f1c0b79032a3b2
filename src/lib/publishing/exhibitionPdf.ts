import QRCode from 'qrcode'

import { formatDateSpan, t, type Locale } from '@/i18n'
import { blocksToText } from './content'
import type { ArtworkItem } from './model'
import {
  contentWidth,
  createDoc,
  drawBlocks,
  inch,
  mm,
  numberPages,
  printImages,
  type Doc,
} from './pdf'
import type { Exhibition } from './load'

export type Paper = 'letter' | 'a4'

const details = (item: ArtworkItem) =>
  [item.medium, item.year ? String(item.year) : '', item.dimensions].filter(Boolean)

/** The exhibition catalogue: cover page, curatorial statement, one page per work, bios. */
export async function cataloguePdf(show: Exhibition, lang: Locale, paper: Paper): Promise<Buffer> {
  const m = t(lang, 'publishing')
  const items = show.selection.items.filter((i): i is ArtworkItem => i.kind === 'artwork')
  const images = await printImages(items.flatMap((i) => i.images.slice(0, 1)))
  const margins = { top: 0.8 * inch, bottom: 0.9 * inch, left: 0.9 * inch, right: 0.9 * inch }
  const { doc, done } = createDoc({
    size: paper,
    margins,
    lang,
    title: `${show.title} — ${m('catalogue')}`,
    author: 'Voice & Visibility',
    subject: `${m('catalogue')} · ${show.venue}`,
  })
  const dates = formatDateSpan(lang, show.opens, show.closes)

  doc.addPage()
  doc.y = doc.page.height * 0.3
  doc
    .font('sans')
    .fontSize(11)
    .fillColor('#8a3b12')
    .text(m('catalogue').toLocaleUpperCase(lang), { align: 'center', characterSpacing: 1.5 })
  doc.fillColor('#000000').moveDown(1)
  doc.font('serif-bold').fontSize(30).text(show.title, { align: 'center' })
  doc.moveDown(1)
  doc.font('serif').fontSize(13).text(dates, { align: 'center' })
  if (show.venue) doc.text(show.venue, { align: 'center' })
  doc
    .font('sans')
    .fontSize(9)
    .text(m('program'), margins.left, doc.page.height - margins.bottom - 20, {
      align: 'center',
      width: contentWidth(doc),
    })

  if (show.statement.length) {
    doc.addPage()
    doc.outline.addItem(m('statement'))
    doc.font('serif-bold').fontSize(18).text(m('statement')).moveDown(0.8)
    drawBlocks(doc, show.statement, { size: 11 })
  }

  items.forEach((item, n) => {
    doc.addPage()
    doc.outline.addItem(item.title)
    const img = item.images[0] ? images.get(item.images[0].key) : undefined
    const boxH = (doc.page.height - margins.top - margins.bottom) * 0.62
    if (img)
      doc.image(img, margins.left, margins.top, {
        fit: [contentWidth(doc), boxH],
        align: 'center',
        valign: 'center',
      })
    doc.x = margins.left
    doc.y = margins.top + boxH + 14
    doc
      .font('sans')
      .fontSize(9)
      .fillColor('#8a3b12')
      .text(String(n + 1).padStart(2, '0'))
    doc.fillColor('#000000').font('serif-bold').fontSize(16).text(item.title)
    doc
      .font('serif')
      .fontSize(11)
      .text(item.credit, { oblique: item.anonymous ? 10 : false })
    doc
      .fontSize(10)
      .fillColor('#444444')
      .text(details(item).join(' · '))
      .fillColor('#000000')
      .moveDown(0.7)
    drawBlocks(doc, item.note.length ? item.note : item.statement, { size: 10 })
  })

  if (show.selection.bios.length) {
    doc.addPage()
    doc.outline.addItem(m('contributors'))
    doc.font('serif-bold').fontSize(18).text(m('contributors')).moveDown(0.8)
    for (const bio of show.selection.bios) {
      doc.font('serif-bold').fontSize(11).text(bio.name)
      doc.font('serif').fontSize(10).text(bio.bio).moveDown(0.8)
    }
  }
  numberPages(doc, (i) => i !== 0)
  doc.end()
  return done
}

/**
 * Standard sheets of labels: on Letter, 2 × 4 in labels ten to a sheet (Avery 5163 layout); on
 * A4, 99.1 × 67.7 mm labels eight to a sheet (L7165 layout). Cut marks at every corner.
 */
const sheets = {
  letter: {
    w: 4 * inch,
    h: 2 * inch,
    cols: 2,
    rows: 5,
    top: 0.5 * inch,
    left: 0.156 * inch,
    gapX: 0.188 * inch,
    gapY: 0,
  },
  a4: {
    w: 99.1 * mm,
    h: 67.7 * mm,
    cols: 2,
    rows: 4,
    top: 13.1 * mm,
    left: 4.65 * mm,
    gapX: 2.5 * mm,
    gapY: 0,
  },
} as const

/** Wall labels: title, credit, medium, year, dimensions, wall text and a QR code to the work. */
export async function labelsPdf(show: Exhibition, lang: Locale, paper: Paper): Promise<Buffer> {
  const m = t(lang, 'publishing')
  const items = show.selection.items.filter((i): i is ArtworkItem => i.kind === 'artwork')
  const sheet = sheets[paper]
  const { doc, done } = createDoc({
    size: paper,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    lang,
    title: `${show.title} — labels`,
    author: 'Voice & Visibility',
    subject: show.venue,
  })
  const perSheet = sheet.cols * sheet.rows
  for (let i = 0; i < items.length; i++) {
    if (i % perSheet === 0) {
      doc.addPage()
      cutMarks(doc, sheet)
    }
    const slot = i % perSheet
    const x = sheet.left + (slot % sheet.cols) * (sheet.w + sheet.gapX)
    const y = sheet.top + Math.floor(slot / sheet.cols) * (sheet.h + sheet.gapY)
    await label(doc, items[i], x, y, sheet.w, sheet.h, m('scanToSee'))
  }
  if (!items.length) doc.addPage()
  doc.end()
  return done
}

async function label(
  doc: Doc,
  item: ArtworkItem,
  x: number,
  y: number,
  w: number,
  h: number,
  scan: string,
) {
  const pad = 0.14 * inch
  const qrSize = Math.min(0.95 * inch, h - 2 * pad - 12)
  const textW = w - 2 * pad - qrSize - 8
  let cy = y + pad
  const write = (
    text: string,
    font: string,
    size: number,
    extra: PDFKit.Mixins.TextOptions = {},
  ) => {
    if (!text) return
    const room = y + h - pad - cy
    if (room < size) return
    doc
      .font(font)
      .fontSize(size)
      .text(text, x + pad, cy, { width: textW, height: room, ellipsis: true, ...extra })
    cy = doc.y + 1
  }
  write(item.title, 'sans-bold', 11)
  write(item.credit, 'sans', 9.5, { oblique: item.anonymous ? 10 : false })
  write(details(item).join(' · '), 'sans', 8)
  cy += 3
  write(blocksToText(item.note).replace(/\s+/g, ' '), 'serif', 7.5, { lineGap: 1 })
  // The QR code drawn as vector squares: sharp at any printer resolution.
  const qr = QRCode.create(item.url, { errorCorrectionLevel: 'M' })
  const n = qr.modules.size
  const cell = qrSize / (n + 2)
  const qx = x + w - pad - qrSize
  const qy = y + pad
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c)) doc.rect(qx + (c + 1) * cell, qy + (r + 1) * cell, cell, cell)
  doc.fill('#000000')
  doc
    .font('sans')
    .fontSize(6)
    .text(scan, qx - 4, qy + qrSize + 2, { width: qrSize + 8, align: 'center', lineBreak: true })
}

/**
 * Cut marks in the sheet's margins, in line with every label edge, so nothing is drawn on the
 * labels themselves (they touch each other on the Letter layout).
 */
function cutMarks(doc: Doc, s: (typeof sheets)[Paper]) {
  const right = s.left + s.cols * s.w + (s.cols - 1) * s.gapX
  const bottom = s.top + s.rows * s.h + (s.rows - 1) * s.gapY
  const xs = new Set<number>()
  const ys = new Set<number>()
  for (let c = 0; c < s.cols; c++)
    xs.add(s.left + c * (s.w + s.gapX)).add(s.left + c * (s.w + s.gapX) + s.w)
  for (let r = 0; r < s.rows; r++)
    ys.add(s.top + r * (s.h + s.gapY)).add(s.top + r * (s.h + s.gapY) + s.h)
  const len = Math.min(9, s.top - 2, s.left - 2)
  doc.save().lineWidth(0.4).strokeColor('#555555')
  for (const x of xs) {
    doc
      .moveTo(x, s.top - 2)
      .lineTo(x, s.top - 2 - len)
      .stroke()
    doc
      .moveTo(x, bottom + 2)
      .lineTo(x, bottom + 2 + len)
      .stroke()
  }
  for (const y of ys) {
    doc
      .moveTo(s.left - 2, y)
      .lineTo(s.left - 2 - len, y)
      .stroke()
    doc
      .moveTo(right + 2, y)
      .lineTo(right + 2 + len, y)
      .stroke()
  }
  doc.restore()
}
