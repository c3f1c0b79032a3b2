import { formatDate, languageNames, t, timeZone, type Locale } from '@/i18n'
import { contentWidth, createDoc, drawBlocks, inch } from './pdf'
import type { Paper } from './exhibitionPdf'
import type { ProgramEvent } from './load'

/**
 * The printed program of a reading or showcase: when and where, the running order of works with
 * their credits as chosen, the readers, accessibility notes and the venue.
 */
export async function programPdf(event: ProgramEvent, lang: Locale, paper: Paper): Promise<Buffer> {
  const m = t(lang, 'publishing')
  const margins = { top: 0.8 * inch, bottom: 0.8 * inch, left: 0.9 * inch, right: 0.9 * inch }
  const { doc, done } = createDoc({
    size: paper,
    margins,
    lang,
    title: `${event.title} — ${m('printedProgram')}`,
    author: 'Voice & Visibility',
    subject: `${m('printedProgram')} · ${event.venue}`,
  })
  doc.addPage()
  const width = contentWidth(doc)
  const section = (title: string) => {
    doc.moveDown(0.8)
    doc
      .font('sans-bold')
      .fontSize(10)
      .fillColor('#8a3b12')
      .text(title.toLocaleUpperCase(lang), { characterSpacing: 1 })
    doc.fillColor('#000000').moveDown(0.3)
  }
  doc
    .font('sans')
    .fontSize(10)
    .fillColor('#8a3b12')
    .text(m('printedProgram').toLocaleUpperCase(lang), { characterSpacing: 1.5 })
  doc.fillColor('#000000').font('serif-bold').fontSize(24).text(event.title, { width })
  doc.moveDown(0.3)
  const endTime = event.end
    ? ` – ${new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone }).format(new Date(event.end))}`
    : ''
  const when = formatDate(lang, event.start, true) + endTime
  doc.font('serif').fontSize(12).text(when, { width })
  doc.text([event.venue, event.address].filter(Boolean).join(', '), { width })
  if (event.exhibition)
    doc.fontSize(10.5).fillColor('#444444').text(event.exhibition, { width }).fillColor('#000000')
  if (event.description.length) {
    doc.moveDown(0.6)
    drawBlocks(doc, event.description, { size: 10.5 })
  }

  if (event.selection.items.length) {
    section(m('runningOrder'))
    event.selection.items.forEach((item, i) => {
      const inLanguage =
        item.kind === 'writing' && item.language !== lang
          ? `  (${languageNames[item.language] ?? item.language})`
          : ''
      doc
        .font('serif-bold')
        .fontSize(11.5)
        .text(`${i + 1}.  ${item.title}`, { width, continued: !!inLanguage })
      if (inLanguage) doc.font('serif').text(inLanguage)
      doc
        .font('serif')
        .fontSize(10.5)
        .fillColor('#444444')
        .text(`     ${item.credit}`, { width, oblique: item.anonymous ? 10 : false })
      doc.fillColor('#000000').moveDown(0.4)
    })
  }
  if (event.readers.length) {
    section(m('readers'))
    doc.font('serif').fontSize(11).text(event.readers.join(' · '), { width })
  }
  if (event.accessibility.length) {
    section(m('accessibility'))
    drawBlocks(doc, event.accessibility, { size: 10.5 })
  }
  section(m('venue'))
  doc
    .font('serif')
    .fontSize(10.5)
    .text([event.venue, event.address].filter(Boolean).join('\n'), { width })
  doc.moveDown(1.5)
  doc
    .font('sans')
    .fontSize(8.5)
    .fillColor('#444444')
    .text(`${m('program')}\n${event.url}`, { width })
  doc.end()
  return done
}
