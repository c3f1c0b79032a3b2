import { createHash } from 'node:crypto'

import JSZip from 'jszip'

import { formatDate, t, type Locale } from '@/i18n'
import type { Block, Run } from './content'
import type { Item } from './model'
import { printImage } from './pdf'
import type { Anthology } from './load'

/**
 * The anthology as EPUB 3: one XHTML file per part, each piece marked with its own language,
 * a navigation document with the contents and landmarks, every image with its alt text, and the
 * accessibility metadata reading systems and stores look for. Passes epubcheck (tested).
 */
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Content languages as BCP 47 tags ("other" is not one). */
const tag = (language: string) => (language === 'other' ? 'und' : language)

const runs = (line: Run[]) =>
  line
    .map((r) => {
      let html = esc(r.text)
      if (r.italic) html = `<em>${html}</em>`
      if (r.bold) html = `<strong>${html}</strong>`
      return html
    })
    .join('')

const blocksHtml = (blocks: Block[]) =>
  blocks
    .map((b) => {
      const inner = b.lines.map(runs).join('<br/>')
      if (b.kind === 'heading') return `<h3>${inner}</h3>`
      if (b.kind === 'quote') return `<blockquote><p>${inner}</p></blockquote>`
      if (b.kind === 'listitem') return `<ul><li>${inner}</li></ul>`
      return `<p>${inner}</p>`
    })
    .join('\n')

const page = (
  lang: string,
  title: string,
  body: string,
  type = 'bodymatter',
) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${tag(lang)}" lang="${tag(lang)}">
<head><meta charset="UTF-8"/><title>${esc(title)}</title><link rel="stylesheet" type="text/css" href="book.css"/></head>
<body epub:type="${type}">
${body}
</body>
</html>
`

const css = `body { font-family: serif; line-height: 1.5; margin: 0 5%; }
h1, h2 { line-height: 1.2; } h1 { font-size: 1.6em; margin-top: 2em; } h2 { font-size: 1.3em; }
.credit { font-style: italic; color: #444; margin-top: -0.5em; }
.title-page { text-align: center; margin-top: 25%; } .section { text-align: center; margin-top: 35%; }
.small { font-size: 0.85em; } figure { margin: 1em 0; text-align: center; }
figure img { max-width: 100%; max-height: 80vh; } figcaption { font-size: 0.9em; margin-top: 0.5em; }
nav ol { list-style: none; padding-left: 1em; }
`

export async function anthologyEpub(book: Anthology, lang: Locale): Promise<Buffer> {
  const m = t(lang, 'publishing')
  const zip = new JSZip()
  // The mimetype comes first and uncompressed, as the format requires.
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE' })
  zip.file(
    'META-INF/container.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`,
  )
  const manifest: string[] = []
  const spine: string[] = []
  const add = (
    id: string,
    href: string,
    type: string,
    content: string | Buffer,
    props = '',
    inSpine = type === 'application/xhtml+xml',
  ) => {
    zip.file(`EPUB/${href}`, content)
    manifest.push(
      `<item id="${id}" href="${href}" media-type="${type}"${props ? ` properties="${props}"` : ''}/>`,
    )
    if (inSpine) spine.push(`<itemref idref="${id}"/>`)
  }
  add('css', 'book.css', 'text/css', css)

  if (book.cover)
    add(
      'cover-image',
      'images/cover.jpg',
      'image/jpeg',
      await printImage(book.cover, 1600),
      'cover-image',
    )
  add(
    'title',
    'title.xhtml',
    'application/xhtml+xml',
    page(
      lang,
      book.title,
      `<section class="title-page" epub:type="titlepage"><h1>${esc(book.title)}</h1>
${book.editors ? `<p>${esc(`${m('editedBy')} ${book.editors}`)}</p>` : ''}<p>${book.year}</p><p class="small">${esc(m('program'))}</p></section>`,
      'frontmatter',
    ),
  )
  add(
    'copyright',
    'copyright.xhtml',
    'application/xhtml+xml',
    page(
      lang,
      m('copyright', { year: book.year }),
      `<section epub:type="copyright-page" class="small">
<p>${esc(book.title)}</p><p>${esc(m('copyright', { year: book.year }))}</p><p>${esc(m('permissions'))}</p><p>${esc(m('publisher'))}</p><p>${esc(book.url)}</p></section>`,
      'frontmatter',
    ),
  )
  // The navigation document is read in order after the copyright page.
  const navIndex = manifest.length
  const toc: string[] = []
  const landmarks: string[] = []
  if (book.introduction.length) {
    add(
      'intro',
      'introduction.xhtml',
      'application/xhtml+xml',
      page(
        lang,
        m('introduction'),
        `<section epub:type="introduction"><h1>${esc(m('introduction'))}</h1>\n${blocksHtml(book.introduction)}</section>`,
        'frontmatter',
      ),
    )
    toc.push(`<li><a href="introduction.xhtml">${esc(m('introduction'))}</a></li>`)
  }
  let plate = 0
  let openSection = false
  const images: string[] = []
  for (const [i, item] of book.selection.items.entries()) {
    if (item.sectionHeading) {
      if (openSection) toc.push('</ol></li>')
      add(
        `part-${i}`,
        `part-${i}.xhtml`,
        'application/xhtml+xml',
        page(
          lang,
          item.sectionHeading,
          `<section class="section" epub:type="part"><h1>${esc(item.sectionHeading)}</h1></section>`,
        ),
      )
      toc.push(`<li><a href="part-${i}.xhtml">${esc(item.sectionHeading)}</a><ol>`)
      openSection = true
    }
    const href = `entry-${i}.xhtml`
    if (!landmarks.length)
      landmarks.push(
        `<li><a epub:type="bodymatter" href="${item.sectionHeading ? `part-${i}.xhtml` : href}">${esc(book.title)}</a></li>`,
      )
    add(
      `entry-${i}`,
      href,
      'application/xhtml+xml',
      await entryHtml(item, lang, item.kind === 'artwork' ? ++plate : 0, add, images),
    )
    toc.push(`<li><a href="${href}">${esc(item.title)}</a></li>`)
  }
  if (openSection) toc.push('</ol></li>')
  if (book.selection.bios.length) {
    add(
      'contributors',
      'contributors.xhtml',
      'application/xhtml+xml',
      page(
        lang,
        m('contributors'),
        `<section epub:type="appendix"><h1>${esc(m('contributors'))}</h1>
${book.selection.bios.map((b) => `<h2>${esc(b.name)}</h2><p>${esc(b.bio)}</p>`).join('\n')}</section>`,
        'backmatter',
      ),
    )
    toc.push(`<li><a href="contributors.xhtml">${esc(m('contributors'))}</a></li>`)
  }
  add(
    'colophon',
    'colophon.xhtml',
    'application/xhtml+xml',
    page(
      lang,
      m('colophon'),
      `<section epub:type="colophon"><h1>${esc(m('colophon'))}</h1><p>${esc(m('colophonText', { date: formatDate(lang, new Date().toISOString()), fonts: 'the reader’s own fonts' }))}</p></section>`,
      'backmatter',
    ),
  )
  toc.push(`<li><a href="colophon.xhtml">${esc(m('colophon'))}</a></li>`)

  const nav = page(
    lang,
    m('contents'),
    `<nav epub:type="toc" id="toc"><h1>${esc(m('contents'))}</h1><ol>
${toc.join('\n')}
</ol></nav>
<nav epub:type="landmarks" hidden="hidden"><ol>
<li><a epub:type="toc" href="nav.xhtml#toc">${esc(m('contents'))}</a></li>
${landmarks.join('\n')}
</ol></nav>`,
    'frontmatter',
  )
  zip.file('EPUB/nav.xhtml', nav)
  manifest.splice(
    navIndex,
    0,
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
  )
  spine.splice(spine.indexOf('<itemref idref="copyright"/>') + 1, 0, '<itemref idref="nav"/>')

  const languages = [
    ...new Set([
      lang,
      ...book.selection.items.flatMap((i) => (i.kind === 'writing' ? [tag(i.language)] : [])),
    ]),
  ]
  const uuid = createHash('sha1')
    .update(`voice-and-visibility:compilation:${book.url}`)
    .digest('hex')
  const id = `urn:uuid:${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-5${uuid.slice(13, 16)}-a${uuid.slice(17, 20)}-${uuid.slice(20, 32)}`
  const hasImages = images.length > 0 || !!book.cover
  const a11y = [
    '<meta property="schema:accessMode">textual</meta>',
    ...(hasImages ? ['<meta property="schema:accessMode">visual</meta>'] : []),
    '<meta property="schema:accessModeSufficient">textual</meta>',
    ...[
      'structuralNavigation',
      'tableOfContents',
      'readingOrder',
      'displayTransformability',
      ...(hasImages ? ['alternativeText'] : []),
    ].map((f) => `<meta property="schema:accessibilityFeature">${f}</meta>`),
    '<meta property="schema:accessibilityHazard">none</meta>',
    `<meta property="schema:accessibilitySummary">${esc(
      'Text in reading order with headings and a navigable table of contents; each piece is marked with its language; every image has a text description; no flashing, sound or motion.',
    )}</meta>`,
  ]
  zip.file(
    'EPUB/package.opf',
    `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">${id}</dc:identifier>
<dc:title>${esc(book.title)}</dc:title>
${languages.map((l) => `<dc:language>${l}</dc:language>`).join('\n')}
${book.editors ? `<dc:creator>${esc(book.editors)}</dc:creator>` : ''}
<dc:publisher>Voice &amp; Visibility</dc:publisher>
<dc:date>${book.year}</dc:date>
<meta property="dcterms:modified">${new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')}</meta>
${a11y.join('\n')}
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
${spine.join('\n')}
</spine>
</package>
`,
  )
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    mimeType: 'application/epub+zip',
  })
}

async function entryHtml(
  item: Item,
  bookLang: Locale,
  plate: number,
  add: (id: string, href: string, type: string, content: Buffer) => void,
  images: string[],
) {
  const m = t(bookLang, 'publishing')
  const credit = `<p class="credit">${esc(item.credit)}</p>`
  if (item.kind === 'writing')
    return page(
      item.language,
      item.title,
      `<section epub:type="chapter"><h1>${esc(item.title)}</h1>${credit}\n${blocksHtml(item.blocks)}</section>`,
    )
  const figures: string[] = []
  for (const [n, image] of item.images.entries()) {
    const href = `images/plate-${plate}-${n + 1}.jpg`
    if (!images.includes(href)) {
      images.push(href)
      add(`plate-${plate}-${n + 1}`, href, 'image/jpeg', await printImage(image, 1600))
    }
    figures.push(`<img src="${href}" alt="${esc(image.alt || item.title)}"/>`)
  }
  const details = [item.medium, item.year ? String(item.year) : '', item.dimensions]
    .filter(Boolean)
    .join(' · ')
  return page(
    bookLang,
    item.title,
    `<section epub:type="chapter"><figure>${figures.join('\n')}<figcaption><strong>${esc(`${m('plate')} ${plate}. ${item.title}`)}</strong><br/>${esc(item.credit)}${details ? `<br/>${esc(details)}` : ''}</figcaption></figure>
${blocksHtml(item.statement)}</section>`,
  )
}
