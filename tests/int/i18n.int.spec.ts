import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { formatDate, formatNumber, label, locales, pickMessages, t } from '@/i18n'
import config from '@payload-config'

import { ADMIN_LANGUAGES, L, siteOptions } from '@/i18n/admin'
import { checkMessages } from '@/i18n/check'
import { WORK_LANGUAGES } from '@/lib/languages'
import { AUDIO_TYPES } from '@/lib/media/types.mjs'
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
    expect(report.admin.languages.map((l) => l.locale).sort()).toEqual([
      'es',
      'fr',
      'pt',
      'vi',
      'zh',
    ])
    for (const l of report.admin.languages) {
      expect(l.missing, `admin ${l.locale}`).toEqual([])
      expect(l.badArguments, `admin ${l.locale}`).toEqual([])
      expect(l.obsolete, `admin ${l.locale}`).toEqual([])
    }
    expect(report.admin.unusedInCode).toEqual([])
    expect(report.failed).toBe(false)
  })

  it("fails on the admin's missing strings, its renamed arguments and French site words (negative controls)", () => {
    const missing = withChangedFile(
      'admin/zh',
      (j) => delete (j.fields as Record<string, string>).title,
    )
    expect(missing.failed).toBe(true)
    expect(missing.admin.languages.find((l) => l.locale === 'zh')!.missing).toEqual([
      'fields.title',
    ])

    const renamed = withChangedFile('admin/vi', (j) => {
      ;(j.panels as Record<string, string>).included_other = 'Sẽ đưa vào {{n}} tác phẩm.'
    })
    expect(renamed.admin.languages.find((l) => l.locale === 'vi')!.badArguments).toEqual([
      'panels.included_other',
    ])

    const french = withChangedFile('admin/fr', (j) => {
      delete (j.siteVocabulary as Record<string, Record<string, string>>).forms.poem
    })
    expect(french.failed).toBe(true)
    expect(french.admin.languages.find((l) => l.locale === 'fr')!.missing).toEqual([
      'siteVocabulary.forms.poem',
    ])
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

/** Anything Payload shows an editor as a word, in a collection's config. */
type Labelled = {
  name?: string
  type?: string
  label?: unknown
  labels?: { singular?: unknown; plural?: unknown }
  admin?: { hidden?: boolean; disabled?: boolean; description?: unknown; group?: unknown }
  hidden?: boolean
  fields?: Labelled[]
  tabs?: Labelled[]
  options?: (string | { label: unknown; value: string })[]
}

/** Choices whose words are the same in every language: a language in itself, a file format. */
const SAME_IN_EVERY_LANGUAGE = new Set<string>([
  ...WORK_LANGUAGES.map((l) => l.name),
  ...AUDIO_TYPES,
])

/**
 * Where an editor would meet a word that is not in their language: a label, description or
 * choice that is neither Payload's own (a function of Payload's translations) nor given in every
 * admin language. Payload names an unlabelled field from its name, in English ("Pen Name").
 */
function untranslated(collections: readonly object[]): string[] {
  const out: string[] = []
  const check = (where: string, value: unknown) => {
    if (value === undefined || typeof value === 'function') return
    if (typeof value === 'string') {
      if (!SAME_IN_EVERY_LANGUAGE.has(value)) out.push(`${where}: "${value}"`)
      return
    }
    const missing = ADMIN_LANGUAGES.filter((l) => !(value as Record<string, string>)[l]?.trim())
    if (missing.length) out.push(`${where}: no ${missing.join(', ')}`)
  }
  const walk = (fields: Labelled[], at: string) => {
    for (const field of fields) {
      if (field.hidden || field.admin?.hidden || field.admin?.disabled) continue
      const where = field.name ? `${at}.${field.name}` : at
      if (field.name) check(`${where} label`, field.label)
      check(`${where} description`, field.admin?.description)
      for (const option of field.options ?? [])
        check(`${where} choice`, typeof option === 'string' ? option : option.label)
      if (field.fields) walk(field.fields, where)
      for (const tab of field.tabs ?? []) walk(tab.fields ?? [], where)
    }
  }
  for (const c of collections as (Labelled & { slug: string })[]) {
    check(`${c.slug} singular`, c.labels?.singular)
    check(`${c.slug} plural`, c.labels?.plural)
    check(`${c.slug} group`, c.admin?.group)
    check(`${c.slug} description`, c.admin?.description)
    walk(c.fields ?? [], c.slug)
  }
  return out
}

describe('the admin in every language it speaks', () => {
  it('labels, describes and offers every field of every collection in all six admin languages', async () => {
    const sanitized = await config
    // Payload's own collections (jobs, preferences, locks, migrations) are Payload's to translate.
    const ours = sanitized.collections.filter((c) => !c.slug.startsWith('payload-'))
    expect(ours.length).toBeGreaterThan(10)
    expect(untranslated(ours)).toEqual([])
  })

  it('finds a label in only two languages, an unlabelled field and an English choice (negative control)', () => {
    const planted = untranslated([
      {
        slug: 'planted',
        labels: { singular: L('writings.singular'), plural: { en: 'Planted', es: 'Plantados' } },
        fields: [
          { name: 'penName', type: 'text', label: 'Pen Name' },
          { name: 'form', type: 'select', label: L('fields.form'), options: ['poem'] },
          { name: 'ok', type: 'text', label: L('fields.title') },
        ],
      },
    ])
    expect(planted).toEqual([
      'planted plural: no pt, zh, vi, fr',
      'planted.penName label: "Pen Name"',
      'planted.form choice: "poem"',
    ])
  })

  it("shows the site's words for the site's vocabularies, and French from the admin catalogue", () => {
    const [poem] = siteOptions('forms', ['poem'])
    for (const locale of ['en', 'es', 'pt', 'zh', 'vi'] as const)
      expect(poem.label[locale]).toBe(t(locale)('forms.poem'))
    expect(poem.label.fr).toBe('Poème')
    const [art] = siteOptions('events.kinds', ['art_show'])
    expect(art.label.vi).toBe(t('vi')('events.kinds.art_show'))
  })

  it("answers a field's validation in the editor's language", async () => {
    const sanitized = await config
    const events = sanitized.collections.find((c) => c.slug === 'events')!
    const end = (events.fields as Labelled[])
      .flatMap((f) => (f.type === 'row' ? (f.fields ?? []) : [f]))
      .find((f) => f.name === 'end') as Labelled & { validate: (...args: unknown[]) => unknown }
    const say = (language: string) =>
      end.validate('2026-01-01T10:00:00Z', {
        siblingData: { start: '2026-01-02T10:00:00Z' },
        req: { i18n: { language } },
      })
    expect(await say('pt')).toBe('O evento não pode terminar antes de começar.')
    expect(await say('zh')).toBe('活动不能在开始之前结束。')
    expect(await say('en')).toBe('The event cannot end before it starts.')
  })
})
