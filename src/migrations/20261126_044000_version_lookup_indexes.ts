import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand. Each save of a versioned document runs
 *   UPDATE _x_v SET latest = false WHERE id != ? AND parent_id = ? AND latest = true
 * and without statistics SQLite picks the `latest` index for it, which matches every document's
 * latest version: each save read the whole table (seen as O(n²) when seeding the benchmark's
 * 10,000 writings). An index on (parent_id, latest) answers it from the document's own rows.
 */
// The draft-enabled collections (contributors keep versions without drafts: no `latest`).
const tables = [
  '_writings_v',
  '_artworks_v',
  '_episodes_v',
  '_compilations_v',
  '_exhibitions_v',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of tables)
    await db.run(
      sql.raw(`CREATE INDEX IF NOT EXISTS \`${table}_parent_latest_idx\` ON \`${table}\` (\`parent_id\`, \`latest\`);`),
    )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of tables) await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_parent_latest_idx\`;`))
}
