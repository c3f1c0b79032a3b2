import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_publishedAt_idx\` ON \`writings\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_writings_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_publishedAt_1_idx\` ON \`artworks\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_editorialStatus_deletedAt_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_editorialStatus_deletedAt_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
}
