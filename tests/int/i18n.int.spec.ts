import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { formatDate, formatNumber, label, locales, pickMessages, t } from '@/i18n'
import { checkMessages } from '@/i18n/check'
import { switchLocalePath } from '@/i18n/routing'

const root = path.resolve(import.meta.dirname, '../..')
const scratch = mkdtempSync(path.join(tmpdir(), 'vv-i18n-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A copy of the message files (and the code that uses them) with one file changed. */
function withChangedFile(locale: string, change: (json: Record<string, unknown>) => void) {
  const dir = mkdtempSync(path.join(scratch, 'copy-'))
  cpSync(path.join(root, 'src'), path.join(dir, 'src'), { recursive: true })
  const file = path.join(dir, 'src/i18n/messages', `${locale}.json`)
  const json = JSON.parse(readFileSync(file, 'utf8'))
  change(json)
  writeFileSync(file, JSON.stringify(json))
  return checkMessages(dir)
}

describe('i18n:check', () => {
  it('passes: every language has every English string, with the same ICU arguments', () => {
    const report = checkMessages(root)
    expect(report.invalid).toEqual([])
    expect(report.languages.map((l) => l.locale).sort()).toEqual(
      locales.filter((l) => l !== 'en').sort(),
    )
    for (const l of report.languages) {
      expect(l.missing, l.locale).toEqual([])
      expect(l.badArguments, l.locale).toEqual([])
      expect(l.obsolete, l.locale).toEqual([])
    }
    expect(report.unusedInCode).toEqual([])
    expect(report.failed).toBe(false)
  })

  it('fails on a missing string and on an argument a translation renamed (negative controls)', () => {
    const missing = withChangedFile('ht', (j) => delete (j.nav as Record<string, string>).writing)
    expect(missing.failed).toBe(true)
    expect(missing.languages.find((l) => l.locale === 'ht')!.missing).toEqual(['nav.writing'])

    const renamed = withChangedFile('zh', (j) => {
      ;(j.pagination as Record<string, string>).page = '第 {page} 页，共 {total} 页'
    })
    expect(renamed.failed).toBe(true)
    expect(renamed.languages.find((l) => l.locale === 'zh')!.badArguments).toEqual([
      'pagination.page',
    ])

    const broken = withChangedFile('vi', (j) => {
      ;(j.search as Record<string, string>).results = '{n, plural, other {# kết quả}'
    })
    expect(broken.failed).toBe(true)
    expect(broken.invalid.join()).toContain('vi search.results')
  })

  it('reports what awaits a native review, and a translator clears it by removing the entry', () => {
    const before = checkMessages(root).languages.find((l) => l.locale === 'pt')!
    expect(before.needsReview).toContain('submit.errors.fileType')
    const after = withChangedFile('pt', (j) => {
      const meta = j._meta as { needsReview: string[] }
      meta.needsReview = meta.needsReview.filter((k) => k !== 'submit')
    })
    const pt = after.languages.find((l) => l.locale === 'pt')!
    expect(pt.needsReview).not.toContain('submit.errors.fileType')
    expect(pt.needsReview.length).toBeLessThan(before.needsReview.length)
  })
})

describe('strings, dates and numbers per language', () => {
  it('formats plurals and arguments with ICU in every language', () => {
    expect(t('en')('resultCount', { n: 1 })).toBe('1 piece')
    expect(t('en')('resultCount', { n: 1200 })).toBe('1,200 pieces')
    expect(t('es')('resultCount', { n: 2 })).toBe('2 obras')
    expect(t('pt')('events.attendance', { n: 1 })).toBe('1 pessoa compareceu')
    expect(t('zh', 'pagination')('page', { n: 2, total: 9 })).toBe('第 2 页，共 9 页')
    expect(t('vi')('search.results', { n: 3, q: 'nhà' })).toBe('3 kết quả cho “nhà”')
  })

  it('writes dates in each language; Haitian Creole months are Kreyòl, not English', () => {
    const day = '2026-03-05T00:00:00.000Z'
    expect(formatDate('en', day)).toBe('March 5, 2026')
    expect(formatDate('es', day)).toBe('5 de marzo de 2026')
    expect(formatDate('pt', day)).toBe('5 de março de 2026')
    expect(formatDate('ht', day)).toBe('5 mas 2026')
    expect(formatDate('zh', day)).toBe('2026年3月5日')
    expect(formatDate('vi', day)).toMatch(/5 tháng 3,? 2026/)
    expect(formatNumber('pt', 1300)).toBe('1.300')
  })

  it('labels stored values, and falls back to the value itself for one it does not know', () => {
    expect(label('ht', 'forms', 'poem')).toBe('Powèm')
    expect(label('zh', 'events.kinds', 'live_radio')).toBe('现场广播')
    expect(label('vi', 'forms', 'haiku')).toBe('haiku')
  })

  it('sends a client component only the namespaces it shows', () => {
    const sent = pickMessages('ht', ['submit', 'forms'])
    expect(Object.keys(sent).sort()).toEqual(['forms', 'submit'])
    expect(JSON.stringify(sent)).not.toContain('Send your work')
  })

  it('moves between languages keeping the page', () => {
    expect(switchLocalePath('/writing/keys', 'ht')).toBe('/ht/writing/keys')
    expect(switchLocalePath('/zh/upfront/455', 'en')).toBe('/upfront/455')
    expect(switchLocalePath('/vi', 'pt')).toBe('/pt')
    expect(switchLocalePath('/es/art', 'zh')).toBe('/zh/art')
  })
})
