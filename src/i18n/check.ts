import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

import { ADMIN_ONLY_LANGUAGES, SITE_VOCABULARIES } from './adminLanguages'

/**
 * What `npm run i18n:check` reports for each language against the English source: strings
 * missing, strings English no longer has, and strings whose ICU arguments differ from English
 * (each a failure); strings left in English, English keys no code uses, and how many strings
 * still await a native speaker's review (reported).
 */
export type LanguageReport = {
  locale: string
  missing: string[]
  obsolete: string[]
  untranslated: string[]
  badArguments: string[]
  needsReview: string[]
}

export type CatalogueReport = {
  languages: LanguageReport[]
  unusedInCode: string[]
  invalid: string[]
  failed: boolean
}

type Tree = { [key: string]: string | Tree }

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
export function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(tree)) {
    if (!prefix && key === '_meta') continue
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out[name] = value
    else Object.assign(out, flatten(value, name))
  }
  return out
}

/** The argument names a message uses (`{n, plural, …}`, `{title}`), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>()
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue
      if ('value' in el && typeof el.value === 'string') names.add(el.value)
      if (el.type === TYPE.plural || el.type === TYPE.select)
        for (const option of Object.values(el.options)) walk(option.value)
      if (el.type === TYPE.tag) walk(el.children)
    }
  }
  walk(parse(message))
  return [...names].sort()
}

/** Words that are the same in every language (names, formats), not left untranslated. */
const SAME_EVERYWHERE = /^(UpFront!|Voice & Visibility|Email|E-mail|PDF.*|EPUB.*|[\d\s{}#,.:–-]*)$/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.(tsx?|mjs)$/.test(name) ? [full] : []
  })
}

/**
 * A key is used when the code names it whole (`'nav.writing'`), or names a namespace and the
 * rest (`t(locale, 'nav')` … `'writing'`), or builds it from a prefix (`` `forms.${form}` ``),
 * or reads it from picked strings as properties (`strings.notFound.home`).
 */
function unusedKeys(keys: string[], code: string): string[] {
  const quoted = (s: string) =>
    code.includes(`'${s}'`) ||
    code.includes(`"${s}"`) ||
    (s.includes('.') && code.includes(`.${s}`))
  const prefixed = (s: string) => code.includes(`\`${s}.\${`)
  // `messagesFor(locale).suggestion`: a whole namespace handed over as it is.
  const whole = new Set([...code.matchAll(/messagesFor\([^)]*\)\.(\w+)/g)].map((m) => m[1]))
  return keys.filter((key) => {
    if (quoted(key) || whole.has(key.split('.')[0])) return false
    const parts = key.split('.')
    for (let i = 1; i < parts.length; i++) {
      const ns = parts.slice(0, i).join('.')
      const rest = parts.slice(i).join('.')
      if (prefixed(ns)) return false
      if (quoted(ns) && (quoted(rest) || prefixed(parts.slice(i, -1).join('.')))) return false
    }
    return true
  })
}

/** How one catalogue is read and checked: its folder, its argument syntax, its extra rules. */
type Catalogue = {
  dir: string
  /** The argument names a message uses; throws when the message does not parse. */
  argumentsOf: (message: string) => string[]
  /** Whether the code uses a key, besides naming it (see `unusedKeys`). */
  usedBy?: (key: string, code: string) => boolean
  /** Keys a language may (and must) have that English has not: locale → key → what it needs. */
  extra?: (locale: string) => Record<string, string>
}

function checkCatalogue(catalogue: Catalogue, code: string) {
  const read = (locale: string) =>
    JSON.parse(readFileSync(path.join(catalogue.dir, `${locale}.json`), 'utf8')) as Tree & {
      _meta?: { needsReview?: string[] }
    }
  const source = flatten(read('en'))
  const invalid: string[] = []
  const sourceArgs: Record<string, string[]> = {}
  for (const [key, message] of Object.entries(source)) {
    try {
      sourceArgs[key] = catalogue.argumentsOf(message)
    } catch (err) {
      invalid.push(`en ${key}: ${(err as Error).message}`)
    }
  }
  const locales = readdirSync(catalogue.dir)
    .filter((f) => f.endsWith('.json') && f !== 'en.json')
    .map((f) => f.replace(/\.json$/, ''))
    .sort()
  const languages = locales.map((locale): LanguageReport => {
    const file = read(locale)
    const own = flatten(file)
    const extra = catalogue.extra?.(locale) ?? {}
    const expected = { ...source, ...extra }
    const report: LanguageReport = {
      locale,
      missing: [],
      obsolete: Object.keys(own).filter((k) => !(k in expected)),
      untranslated: [],
      badArguments: [],
      needsReview: [],
    }
    for (const [key, english] of Object.entries(expected)) {
      const message = own[key]
      if (!message) {
        report.missing.push(key)
        continue
      }
      if (message === english && !SAME_EVERYWHERE.test(english)) report.untranslated.push(key)
      try {
        const args = catalogue.argumentsOf(message)
        if (sourceArgs[key] && args.join() !== sourceArgs[key].join()) report.badArguments.push(key)
      } catch (err) {
        invalid.push(`${locale} ${key}: ${(err as Error).message}`)
      }
    }
    // A review entry is a key or a whole namespace; a translator deletes it once reviewed.
    const review = file._meta?.needsReview ?? []
    report.needsReview = Object.keys(expected).filter((key) =>
      review.some((r) => key === r || key.startsWith(`${r}.`)),
    )
    return report
  })
  const unusedInCode = unusedKeys(Object.keys(source), code).filter(
    (key) => !catalogue.usedBy?.(key, code),
  )
  const failed =
    invalid.length > 0 ||
    languages.some((l) => l.missing.length || l.badArguments.length || l.obsolete.length)
  return { languages, unusedInCode, invalid, failed }
}

/** Payload's `{{count}}` arguments, sorted. */
const payloadArguments = (message: string) =>
  [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

/**
 * Both catalogues: the site's (`src/i18n/messages`, ICU) and the admin's
 * (`src/i18n/messages/admin`, Payload's `{{…}}`). The admin's French also carries the words of
 * the site's vocabularies the admin shows (`siteVocabulary`), since the site has no French.
 */
export function checkMessages(root: string): CatalogueReport & { admin: CatalogueReport } {
  const code = sourceFiles(path.join(root, 'src'))
    .filter((f) => !f.includes(`${path.sep}i18n${path.sep}messages`))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
  const siteDir = path.join(root, 'src/i18n/messages')
  const site = checkCatalogue({ dir: siteDir, argumentsOf }, code)
  const siteEnglish = flatten(JSON.parse(readFileSync(path.join(siteDir, 'en.json'), 'utf8')))
  const admin = checkCatalogue(
    {
      dir: path.join(siteDir, 'admin'),
      argumentsOf: payloadArguments,
      // The panels' strings are read as `t('vv:key')`, a plural by its key without `_one`/`_other`,
      // or built from a prefix (`vv:kind-${kind}`).
      usedBy: (key, text) => {
        if (!key.startsWith('panels.')) return false
        const name = key.slice('panels.'.length).replace(/_(one|other)$/, '')
        const prefix = name.split('-')[0]
        return text.includes(`vv:${name}'`) || text.includes('`vv:' + prefix + '-${')
      },
      extra: (locale) =>
        (ADMIN_ONLY_LANGUAGES as readonly string[]).includes(locale)
          ? Object.fromEntries(
              Object.entries(siteEnglish)
                .filter(([key]) => SITE_VOCABULARIES.some((v) => key.startsWith(`${v}.`)))
                .map(([key, english]) => [`siteVocabulary.${key}`, english]),
            )
          : {},
    },
    code,
  )
  return { ...site, admin, failed: site.failed || admin.failed }
}
