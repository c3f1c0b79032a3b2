import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`writings_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`_writings_v_version_version_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`artworks_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`_artworks_v_version_version_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`episodes_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`_episodes_v_version_version_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`guests_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`interviews_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`compilations_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`_compilations_v_version_version_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`exhibitions_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`_exhibitions_v_version_version_search_text_idx\`;`)
  await db.run(sql`DROP INDEX \`events_search_text_idx\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`writings_search_text_idx\` ON \`writings\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_search_text_idx\` ON \`_writings_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`artworks_search_text_idx\` ON \`artworks\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_search_text_idx\` ON \`_artworks_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`episodes_search_text_idx\` ON \`episodes\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_search_text_idx\` ON \`_episodes_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`guests_search_text_idx\` ON \`guests\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`interviews_search_text_idx\` ON \`interviews\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`compilations_search_text_idx\` ON \`compilations\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_version_search_text_idx\` ON \`_compilations_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_search_text_idx\` ON \`exhibitions\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_search_text_idx\` ON \`_exhibitions_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`events_search_text_idx\` ON \`events\` (\`search_text\`);`)
}
