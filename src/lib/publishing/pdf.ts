import fs from 'node:fs'

import PDFDocument from 'pdfkit'
import sharp from 'sharp'

import { uploadStore } from '@/lib/media/storage'

import type { Block } from './content'
import type { Image } from './model'

/**
 * pdfkit with the program's type: Noto Serif CJK and Noto Sans CJK, whose Simplified Chinese
 * faces also cover Latin with every Spanish, Portuguese, Haitian Creole and Vietnamese accent,
 * so one family sets every language the program writes in. Embedded as subsets. The fonts come
 * from Debian (`fonts-noto-cjk`); PUBLISHING_FONTS_DIR points elsewhere if needed.
 */
const fontDir = process.env.PUBLISHING_FONTS_DIR || '/usr/share/fonts/opentype/noto'
const faces = {
  serif: ['NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
  'serif-bold': ['NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold'],
  sans: ['NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  'sans-bold': ['NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold'],
} as const
export type Face = keyof typeof faces
export const fontNames = 'Noto Serif CJK and Noto Sans CJK'

export class MissingFontsError extends Error {}

function checkFonts() {
  const missing = Object.values(faces)
    .map(([file]) => `${fontDir}/${file}`)
    .filter((file) => !fs.existsSync(file))
  if (missing.length)
    throw new MissingFontsError(
      `The fonts for PDF outputs are missing (${missing.join(', ')}). Install Debian's ` +
        '"fonts-noto-cjk" package (apt-get install fonts-noto-cjk), or set PUBLISHING_FONTS_DIR ' +
        'to a folder with those files.',
    )
}

export const inch = 72
export const mm = 72 / 25.4
export const pageSizes = {
  '6x9': [6 * inch, 9 * inch],
  a5: [148 * mm, 210 * mm],
  letter: [8.5 * inch, 11 * inch],
  a4: [210 * mm, 297 * mm],
} as const
export type PageSize = keyof typeof pageSizes

export type Doc = PDFKit.PDFDocument

export function createDoc(options: {
  size: PageSize
  margins: { top: number; bottom: number; left: number; right: number }
  lang: string
  title: string
  author: string
  subject: string
}): { doc: Doc; done: Promise<Buffer> } {
  checkFonts()
  const doc = new PDFDocument({
    size: [...pageSizes[options.size]],
    margins: options.margins,
    autoFirstPage: false,
    bufferPages: true,
    lang: options.lang,
    pdfVersion: '1.7',
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author,
      Subject: options.subject,
      Creator: 'Voice & Visibility',
      Producer: 'Voice & Visibility (pdfkit)',
    },
  })
  for (const [name, [file, postscript]] of Object.entries(faces))
    doc.registerFont(name, `${fontDir}/${file}`, postscript)
  proportionalPunctuation(doc)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  return { doc, done }
}

const han = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u

/**
 * CJK fonts draw ’ “ ” and similar punctuation full-width, as Chinese typesetting wants; in a
 * Latin-script text that reads "O’ Brien". Every text call outside Chinese turns on the fonts'
 * proportional-width feature (pwid), so "O’Brien" sets as in any Latin font.
 */
function proportionalPunctuation(doc: Doc) {
  const text = doc.text.bind(doc) as (...args: unknown[]) => Doc
  const patched = (str: unknown, ...rest: unknown[]) => {
    const last = rest[rest.length - 1]
    const hasOptions = typeof last === 'object' && last !== null
    const options = (hasOptions ? last : {}) as PDFKit.Mixins.TextOptions
    const args = hasOptions ? rest.slice(0, -1) : rest
    // pdfkit takes (text, options) or (text, x, y, options): an x alone needs its y.
    if (args.length === 1) args.push(undefined)
    const features = han.test(String(str ?? ''))
      ? []
      : (['pwid'] as PDFKit.Mixins.OpenTypeFeatures[])
    return text(str, ...args, { features, ...options })
  }
  doc.text = patched as Doc['text']
}

/** Zero-based index of the page being drawn. */
export const pageIndex = (doc: Doc) => {
  const range = doc.bufferedPageRange()
  return range.start + range.count - 1
}

/** Writes a block of rich text at the cursor, line by line (poems keep their breaks). */
export function drawBlocks(
  doc: Doc,
  blocks: Block[],
  style: { size: number; face?: 'serif' | 'sans'; width?: number; x?: number } = { size: 10.5 },
) {
  const face = style.face ?? 'serif'
  const x = style.x ?? doc.page.margins.left
  const width = style.width ?? doc.page.width - doc.page.margins.left - doc.page.margins.right
  for (const block of blocks) {
    const size = block.kind === 'heading' ? style.size * 1.2 : style.size
    const indent = block.kind === 'quote' || block.kind === 'listitem' ? 14 : 0
    for (const line of block.lines) {
      if (!line.length) {
        doc.moveDown(0.5)
        continue
      }
      line.forEach((run, i) => {
        const bold = run.bold || block.kind === 'heading'
        doc
          .font(bold ? `${face}-bold` : face)
          .fontSize(size)
          .text(
            `${i === 0 && block.kind === 'listitem' ? '• ' : ''}${run.text}`,
            x + indent,
            undefined,
            {
              width: width - indent,
              continued: i < line.length - 1,
              oblique: run.italic || block.kind === 'quote' ? 10 : false,
              lineGap: size * 0.3,
            },
          )
      })
    }
    doc.moveDown(0.6)
  }
  doc.x = x
}

/** An uploaded image as JPEG at print resolution (pdfkit embeds JPEG and PNG; uploads are WebP). */
export async function printImage(image: Image, maxPixels = 2400): Promise<Buffer> {
  const bytes = await uploadStore().read(image.file)
  if (!bytes) throw new Error(`The image ${image.file} is missing from ${uploadStore().describe}.`)
  return sharp(bytes)
    .rotate()
    .resize({ width: maxPixels, height: maxPixels, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer()
}

/** Prepares every image of a document once (the two layout passes share them). */
export async function printImages(images: Image[], maxPixels?: number) {
  const out = new Map<string, Buffer>()
  for (const image of images)
    if (!out.has(image.key)) out.set(image.key, await printImage(image, maxPixels))
  return out
}

/** Page numbers in the footer, centred, on every page the filter accepts (after layout). */
export function numberPages(doc: Doc, show: (index: number) => boolean) {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    if (!show(i)) continue
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font('serif')
      .fontSize(9)
      .fillColor('#333333')
      .text(String(i + 1), 0, doc.page.height - bottom / 2 - 6, {
        width: doc.page.width,
        align: 'center',
        lineBreak: false,
      })
    doc.page.margins.bottom = bottom
    doc.fillColor('#000000')
  }
}

/** The writable width of the current page. */
export const contentWidth = (doc: Doc) =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right
