/**
 * npm run i18n:check — every language file against the English source (src/i18n/check.ts), for
 * the site (src/i18n/messages) and the admin (src/i18n/messages/admin). Fails on a missing
 * string, a string English no longer has, or arguments that differ from English.
 */
import { checkMessages, type CatalogueReport } from '../src/i18n/check'

const report = checkMessages(process.cwd())
const list = (title: string, keys: string[]) =>
  keys.length ? `  ${title} (${keys.length}): ${keys.join(', ')}\n` : ''

function print(title: string, catalogue: CatalogueReport) {
  process.stdout.write(`\n${title}\n`)
  for (const l of catalogue.languages) {
    const review = l.needsReview.length
      ? `  awaiting a native speaker's review: ${l.needsReview.length} strings\n`
      : '  reviewed by a native speaker\n'
    process.stdout.write(
      `${l.locale}\n` +
        list('MISSING', l.missing) +
        list('NOT IN ENGLISH (remove)', l.obsolete) +
        list('ARGUMENTS DIFFER FROM ENGLISH', l.badArguments) +
        list('same as English', l.untranslated) +
        review,
    )
  }
  if (catalogue.unusedInCode.length)
    process.stdout.write(`English strings no code uses: ${catalogue.unusedInCode.join(', ')}\n`)
  for (const line of catalogue.invalid) process.stdout.write(`INVALID: ${line}\n`)
}

print('Site (src/i18n/messages)', report)
print('Admin (src/i18n/messages/admin)', report.admin)
if (report.failed) {
  process.stdout.write('\ni18n:check failed: fix the entries in capitals above.\n')
  process.exit(1)
}
process.stdout.write('\ni18n:check passed.\n')
