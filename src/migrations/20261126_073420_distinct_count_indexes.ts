import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`compound_index_3_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_5_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_6_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_contributor_id\`);`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_writings_v\` (\`version_form\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`_writings_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_writings_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_writings_v\` (\`version_language\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_contributor_idx\` ON \`writings\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_language_idx\` ON \`writings\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`language\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_contributor_1_idx\` ON \`artworks\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`contributor_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_editorialStatus_deletedAt_contributor_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_editorialStatus_deletedAt_language_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_3_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_4_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_writings_v\` (\`version_language\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_writings_v\` (\`version_form\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`DROP INDEX \`_status_editorialStatus_deletedAt_contributor_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_5_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_6_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
}
