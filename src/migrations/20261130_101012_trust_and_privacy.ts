import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { FILE_COLLECTIONS, refreshFileVisibility } from '../access/media'

// Edited after generation. drizzle rebuilt writings, artworks and their versions (to change the
// consents' column defaults) with DROP TABLE, and PRAGMA foreign_keys=OFF does nothing inside
// the transaction Payload runs a migration in: every row of their _rels tables (topics, images,
// translations) was deleted in cascade. Tested on a seeded database of the previous schema. The
// new columns are added instead; the defaults that matter are Payload's (consents default to no
// in the field config), the columns' own defaults are never used by Payload's writes.
const CONSENT_COLUMNS = [
  ['writings', 'consents'],
  ['_writings_v', 'version_consents'],
  ['artworks', 'consents'],
  ['_artworks_v', 'version_consents'],
] as const

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  for (const [table, prefix] of CONSENT_COLUMNS) {
    await db.run(sql.raw(`ALTER TABLE \`${table}\` ADD \`${prefix}_source\` text;`))
    await db.run(sql.raw(`ALTER TABLE \`${table}\` ADD \`${prefix}_recorded_at\` text;`))
  }
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`suggested_match_id\` integer REFERENCES contributors(id);`)
  await db.run(sql`CREATE INDEX \`contributors_suggested_match_idx\` ON \`contributors\` (\`suggested_match_id\`);`)
  await db.run(sql`ALTER TABLE \`_contributors_v\` ADD \`version_suggested_match_id\` integer REFERENCES contributors(id);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_version_suggested_match_idx\` ON \`_contributors_v\` (\`version_suggested_match_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`uploaded_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`uploaded_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`audio_public_idx\` ON \`audio\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`audio_uploaded_by_idx\` ON \`audio\` (\`uploaded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  // Files start private; those a public document already uses are public again, as before.
  for (const collection of FILE_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    await refreshFileVisibility(
      req,
      docs.map((d) => ({ to: collection, id: d.id })),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The relationship columns (suggested match, uploaded by) stay: SQLite cannot drop a column
  // that has a foreign key, and rebuilding their tables would cascade as described above.
  for (const [table, prefix] of CONSENT_COLUMNS) {
    await db.run(sql.raw(`ALTER TABLE \`${table}\` DROP COLUMN \`${prefix}_source\`;`))
    await db.run(sql.raw(`ALTER TABLE \`${table}\` DROP COLUMN \`${prefix}_recorded_at\`;`))
  }
  await db.run(sql`DROP INDEX IF EXISTS \`media_public_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`audio_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`audio\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
