import { formatDate, t, type Locale } from '@/i18n'
import {
  drawBlocks,
  inch,
  createDoc,
  fontNames,
  numberPages,
  pageIndex,
  printImages,
  contentWidth,
  pageSizes,
  type PageSize,
} from './pdf'
import type { Anthology } from './load'

export type TrimSize = Extract<PageSize, '6x9' | 'a5'>

/**
 * The anthology as a print-ready book: title page, copyright and permissions, contents with page
 * numbers, the introduction, every entry in its curated order (section openers, writing in its
 * own language, artworks as captioned plates), contributors' public bios and a colophon.
 * Margins stay well inside the trim (no bleed, nothing near the cut), wide enough on both sides
 * for a perfect binding.
 *
 * Laid out twice: the first pass finds the page each entry starts on, the second prints the
 * contents with those numbers (the contents take the same room both times).
 */
export async function anthologyPdf(book: Anthology, lang: Locale, trim: TrimSize): Promise<Buffer> {
  const images = await printImages(
    book.selection.items.flatMap((i) => (i.kind === 'artwork' ? i.images.slice(0, 1) : [])),
  )
  const first = await layout(book, lang, trim, images, null)
  return (await layout(book, lang, trim, images, first.starts)).pdf
}

type Starts = Map<string, number>

async function layout(
  book: Anthology,
  lang: Locale,
  trim: TrimSize,
  images: Map<string, Buffer>,
  known: Starts | null,
): Promise<{ pdf: Buffer; starts: Starts }> {
  const m = t(lang, 'publishing')
  const margins = { top: 0.75 * inch, bottom: 0.85 * inch, left: 0.8 * inch, right: 0.8 * inch }
  const { doc, done } = createDoc({
    size: trim,
    margins,
    lang,
    title: book.title,
    author: book.editors || 'Voice & Visibility',
    subject: `${m('program')} · ${book.year}`,
  })
  const starts: Starts = new Map()
  const unnumbered = new Set<number>()
  const newPage = () => doc.addPage({ size: [...pageSizes[trim]], margins })
  const heading = (text: string, size = 18) => {
    doc
      .font('serif-bold')
      .fontSize(size)
      .text(text, { width: contentWidth(doc) })
    doc.moveDown(0.8)
  }

  // Title page and its back.
  newPage()
  unnumbered.add(pageIndex(doc))
  doc.moveDown(6)
  doc.font('serif-bold').fontSize(26).text(book.title, { align: 'center' })
  doc.moveDown(1.2)
  if (book.editors)
    doc
      .font('serif')
      .fontSize(12)
      .text(`${m('editedBy')} ${book.editors}`, { align: 'center' })
  doc.moveDown(0.5)
  doc.font('serif').fontSize(12).text(String(book.year), { align: 'center' })
  doc
    .font('sans')
    .fontSize(9)
    .text(m('program'), doc.page.margins.left, doc.page.height - doc.page.margins.bottom - 24, {
      align: 'center',
      width: contentWidth(doc),
    })

  newPage()
  unnumbered.add(pageIndex(doc))
  doc.y = doc.page.height * 0.55
  doc.font('serif').fontSize(8.5)
  for (const line of [
    `${book.title}`,
    m('copyright', { year: book.year }),
    m('permissions'),
    m('publisher'),
    book.url,
  ])
    doc.text(line, { width: contentWidth(doc) }).moveDown(0.6)

  // Contents.
  newPage()
  doc.outline.addItem(m('contents'))
  heading(m('contents'))
  const numberWidth = 28
  const tocEntry = (label: string, key: string, bold: boolean, indent = 0) => {
    const width = contentWidth(doc) - numberWidth
    if (bold) doc.moveDown(0.4)
    const y = doc.y
    doc
      .font(bold ? 'serif-bold' : 'serif')
      .fontSize(10)
      .text(label, doc.page.margins.left + indent, y, { width: width - 8 - indent })
    const after = doc.y
    const page = known?.get(key)
    doc
      .font('serif')
      .fontSize(10)
      .text(
        page ? String(page + 1) : '000',
        doc.page.margins.left + width,
        after - doc.currentLineHeight(true),
        { width: numberWidth, align: 'right' },
      )
    doc.x = doc.page.margins.left
    doc.y = after + 3
  }
  if (book.introduction.length) tocEntry(m('introduction'), 'introduction', false)
  let inSection = false
  for (const item of book.selection.items) {
    if (item.sectionHeading) tocEntry(item.sectionHeading, `section:${item.ref}`, true)
    inSection ||= !!item.sectionHeading
    tocEntry(`${item.title} — ${item.credit}`, item.ref, false, inSection ? 12 : 0)
  }
  if (inSection) doc.moveDown(0.4)
  if (book.selection.bios.length) tocEntry(m('contributors'), 'contributors', false)
  tocEntry(m('colophon'), 'colophon', false)

  if (book.introduction.length) {
    newPage()
    starts.set('introduction', pageIndex(doc))
    doc.outline.addItem(m('introduction'))
    heading(m('introduction'))
    drawBlocks(doc, book.introduction, { size: 10.5 })
  }

  let plate = 0
  for (const item of book.selection.items) {
    if (item.sectionHeading) {
      newPage()
      starts.set(`section:${item.ref}`, pageIndex(doc))
      doc.outline.addItem(item.sectionHeading)
      doc.y = doc.page.height * 0.38
      doc.font('serif-bold').fontSize(20).text(item.sectionHeading, { align: 'center' })
    }
    newPage()
    starts.set(item.ref, pageIndex(doc))
    // Bookmarks carry the title only: a credit (even a pen name) is for the page itself.
    doc.outline.addItem(item.title)
    if (item.kind === 'writing') {
      doc
        .font('serif-bold')
        .fontSize(15)
        .text(item.title, { width: contentWidth(doc) })
      doc.moveDown(0.2)
      doc
        .font('serif')
        .fontSize(10)
        .fillColor('#444444')
        .text(item.credit, { oblique: item.anonymous ? 10 : false })
      doc.fillColor('#000000').moveDown(1.2)
      drawBlocks(doc, item.blocks, { size: 10.5 })
    } else {
      plate += 1
      const img = item.images[0] ? images.get(item.images[0].key) : undefined
      const captionRoom = 1.3 * inch
      const boxW = contentWidth(doc)
      const boxH = doc.page.height - doc.page.margins.top - doc.page.margins.bottom - captionRoom
      if (img)
        doc.image(img, doc.page.margins.left, doc.page.margins.top, {
          fit: [boxW, boxH],
          align: 'center',
          valign: 'center',
        })
      doc.y = doc.page.margins.top + boxH + 10
      doc.x = doc.page.margins.left
      doc
        .font('serif-bold')
        .fontSize(10.5)
        .text(`${m('plate')} ${plate}. ${item.title}`, { width: boxW })
      doc.font('serif').fontSize(9.5).text(item.credit, { width: boxW })
      const details = [item.medium, item.year ? String(item.year) : '', item.dimensions]
        .filter(Boolean)
        .join(' · ')
      if (details)
        doc.fontSize(9).fillColor('#444444').text(details, { width: boxW }).fillColor('#000000')
    }
  }

  if (book.selection.bios.length) {
    newPage()
    starts.set('contributors', pageIndex(doc))
    doc.outline.addItem(m('contributors'))
    heading(m('contributors'))
    for (const bio of book.selection.bios) {
      doc
        .font('serif-bold')
        .fontSize(10.5)
        .text(bio.name, { width: contentWidth(doc) })
      doc
        .font('serif')
        .fontSize(9.5)
        .text(bio.bio, { width: contentWidth(doc) })
        .moveDown(0.8)
    }
  }

  newPage()
  starts.set('colophon', pageIndex(doc))
  doc.outline.addItem(m('colophon'))
  heading(m('colophon'), 14)
  doc
    .font('serif')
    .fontSize(9.5)
    .text(
      m('colophonText', { date: formatDate(lang, new Date().toISOString()), fonts: fontNames }),
      {
        width: contentWidth(doc),
      },
    )

  numberPages(doc, (i) => !unnumbered.has(i))
  doc.end()
  return { pdf: await done, starts }
}
