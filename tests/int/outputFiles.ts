// Generated files, read with the tools a print shop or e-book store would use: poppler's
// pdftotext/pdfinfo/pdftoppm, epubcheck, and zbarimg for QR codes.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'vv-outputs-'))
let n = 0
const freshPath = () => path.join(tmp, `out-${++n}`)

/** Writes a generated file to a temporary folder, for the tools below; gives its path. */
export const save = (file: Buffer, ext: string) => {
  const out = `${freshPath()}.${ext}`
  writeFileSync(out, file)
  return out
}

/** Runs a command and gives its standard output. */
export const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })

/** epubcheck's report on an EPUB (Debian's epubcheck, run on Java). */
export const epubcheck = (file: string) => run('java', ['-jar', '/usr/bin/epubcheck', file])

/** A PDF's text as laid out, or one page's. */
export const pdfText = (file: string, page?: number) =>
  run('pdftotext', [
    ...(page ? ['-f', String(page), '-l', String(page)] : []),
    '-layout',
    file,
    '-',
  ])

/** A PDF's document information and XMP metadata. */
export const pdfInfo = (file: string) => run('pdfinfo', [file]) + run('pdfinfo', ['-meta', file])

/** What the QR codes on a PDF's first page say, as printed at 200 dpi. */
export function qrCodesOnFirstPage(file: string): string[] {
  const png = freshPath()
  run('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-png', '-singlefile', file, png])
  return run('zbarimg', ['--quiet', '--raw', `${png}.png`])
    .trim()
    .split('\n')
}
