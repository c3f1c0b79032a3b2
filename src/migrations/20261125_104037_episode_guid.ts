import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`guid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`episodes_guid_idx\` ON \`episodes\` (\`guid\`);`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_guid\` text;`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_guid_idx\` ON \`_episodes_v\` (\`version_guid\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`episodes_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`episodes\` DROP COLUMN \`guid\`;`)
  await db.run(sql`DROP INDEX \`_episodes_v_version_version_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` DROP COLUMN \`version_guid\`;`)
}
