/**
 * npm run i18n:check — every language file against the English source (src/i18n/check.ts).
 * Fails on a missing string, a string English no longer has, or ICU arguments that differ.
 */
import { checkMessages } from '../src/i18n/check'

const report = checkMessages(process.cwd())
const list = (title: string, keys: string[]) =>
  keys.length ? `  ${title} (${keys.length}): ${keys.join(', ')}\n` : ''

for (const l of report.languages) {
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
if (report.unusedInCode.length)
  process.stdout.write(`\nEnglish strings no code uses: ${report.unusedInCode.join(', ')}\n`)
for (const line of report.invalid) process.stdout.write(`INVALID ICU: ${line}\n`)
if (report.failed) {
  process.stdout.write('\ni18n:check failed: fix the entries in capitals above.\n')
  process.exit(1)
}
process.stdout.write('\ni18n:check passed.\n')
