// A migration that rebuilds a table with relationships deletes them: Payload runs each migration
// in a transaction, where SQLite ignores PRAGMA foreign_keys=OFF, so drizzle's DROP TABLE of the
// old table cascades into its _rels rows (topics, images, translations). Seen with the generated
// trust_and_privacy migration; tested on a seeded database of the schema before it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const dir = path.resolve(import.meta.dirname, '../../src/migrations')
// Migrations already applied in deployments are history; the rule holds from this one on.
const FROM = '20261130_101012_trust_and_privacy'

describe('migrations', () => {
  it('never drop a table that has relationship rows (they would be deleted in cascade)', () => {
    const offenders: string[] = []
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f >= FROM)) {
      const text = readFileSync(path.join(dir, file), 'utf8')
      const up = text.slice(0, text.indexOf('export async function down'))
      for (const [, table] of up.matchAll(/DROP TABLE \\`([^\\`]+)\\`/g)) {
        const snapshot = readFileSync(path.join(dir, file.replace(/\.ts$/, '.json')), 'utf8')
        if (snapshot.includes(`"${table}_rels"`)) offenders.push(`${file}: ${table}`)
      }
    }
    expect(offenders).toEqual([])
  })
})
