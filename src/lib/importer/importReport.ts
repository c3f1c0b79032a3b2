import type { ImportReport } from './import'

const n = (value: number) => value.toLocaleString('en-US')

/** The import report as a person reads it at the end of `npm run import:upfront`. */
export function formatReport(report: ImportReport, file: string): string {
  const e = report.episodes
  const lines = [
    `UpFront! import of ${file} (${report.format.toUpperCase()}, ${n(report.rows)} rows)${report.dryRun ? ' — dry run, nothing was written' : ''}`,
    '',
    `Episodes:   ${n(e.created)} created, ${n(e.updated)} updated, ${n(e.unchanged)} unchanged, ${n(e.skipped)} skipped`,
    `Guests:     ${n(report.guests.created)} created, ${n(report.guests.matched)} appearances matched to a known guest`,
    `Interviews: ${n(report.interviews.created)} created, ${n(report.interviews.updated)} updated`,
    `Time:       ${report.seconds.toFixed(1)} s (${n(Math.round(report.rows / Math.max(report.seconds, 0.001)))} rows/s)`,
  ]
  if (report.skipped.length) {
    lines.push(
      '',
      `Skipped (${n(report.skipped.length)}): fix these rows and run the import again.`,
    )
    for (const s of report.skipped) lines.push(`  ${s.where}: ${s.reason}`)
  }
  if (report.warnings.length) {
    lines.push('', `Warnings (${n(report.warnings.length)}):`)
    for (const w of report.warnings) lines.push(`  ${w.where}: ${w.message}`)
  }
  if (report.duplicates.length) {
    lines.push(
      '',
      `Possible duplicate guests (${n(report.duplicates.length)}), not merged; if two are one person, merge them in the admin:`,
    )
    const who = (g: { name: string; organisation: string | null }) =>
      `"${g.name}"${g.organisation ? ` (${g.organisation})` : ''}`
    for (const d of report.duplicates) lines.push(`  ${who(d.a)} ~ ${who(d.b)}: ${d.why}`)
  }
  const written =
    e.created +
    e.updated +
    report.guests.created +
    report.interviews.created +
    report.interviews.updated
  if (!report.dryRun && written > 0)
    lines.push(
      '',
      'The site shows these once its data cache is cleared: if a built server already served this database, remove .next/cache/fetch-cache and restart it.',
    )
  return lines.join('\n')
}
