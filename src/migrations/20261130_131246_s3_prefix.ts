import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'images';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`prefix\` text DEFAULT 'audio';`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`outputs\` ADD \`prefix\` text DEFAULT 'outputs';`)
  await db.run(sql`ALTER TABLE \`outputs\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`audio\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`audio\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`outputs\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`outputs\` DROP COLUMN \`_objectkey\`;`)
}
