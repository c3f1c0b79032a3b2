import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`language__status_editorialStatus_deletedAt_publishedAt_idx\` ON \`writings\` (\`language\`,\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`form__status_editorialStatus_deletedAt_publishedAt_idx\` ON \`writings\` (\`form\`,\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_writings_v\` (\`version_language\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_writings_v\` (\`version_form\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`language__status_editorialStatus_deletedAt_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`form__status_editorialStatus_deletedAt_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_3_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
}
