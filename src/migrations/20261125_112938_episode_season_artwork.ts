import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`season\` numeric;`)
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`audio_type\` text DEFAULT 'audio/mpeg';`)
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`import_hash\` text;`)
  await db.run(sql`CREATE INDEX \`episodes_image_idx\` ON \`episodes\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_season\` numeric;`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_audio_type\` text DEFAULT 'audio/mpeg';`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_import_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_image_idx\` ON \`_episodes_v\` (\`version_image_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_episodes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`air_date\` text,
  	\`title\` text,
  	\`audio_id\` integer,
  	\`audio_url\` text,
  	\`duration\` numeric,
  	\`audio_bytes\` numeric,
  	\`summary\` text,
  	\`show_notes\` text,
  	\`transcript\` text,
  	\`guid\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_episodes\`("id", "number", "air_date", "title", "audio_id", "audio_url", "duration", "audio_bytes", "summary", "show_notes", "transcript", "guid", "slug", "published_at", "search_text", "updated_at", "created_at", "_status") SELECT "id", "number", "air_date", "title", "audio_id", "audio_url", "duration", "audio_bytes", "summary", "show_notes", "transcript", "guid", "slug", "published_at", "search_text", "updated_at", "created_at", "_status" FROM \`episodes\`;`)
  await db.run(sql`DROP TABLE \`episodes\`;`)
  await db.run(sql`ALTER TABLE \`__new_episodes\` RENAME TO \`episodes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`episodes_number_idx\` ON \`episodes\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`episodes_air_date_idx\` ON \`episodes\` (\`air_date\`);`)
  await db.run(sql`CREATE INDEX \`episodes_audio_idx\` ON \`episodes\` (\`audio_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`episodes_guid_idx\` ON \`episodes\` (\`guid\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`episodes_slug_idx\` ON \`episodes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`episodes_published_at_idx\` ON \`episodes\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`episodes_search_text_idx\` ON \`episodes\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`episodes_updated_at_idx\` ON \`episodes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`episodes_created_at_idx\` ON \`episodes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`episodes__status_idx\` ON \`episodes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__episodes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` numeric,
  	\`version_air_date\` text,
  	\`version_title\` text,
  	\`version_audio_id\` integer,
  	\`version_audio_url\` text,
  	\`version_duration\` numeric,
  	\`version_audio_bytes\` numeric,
  	\`version_summary\` text,
  	\`version_show_notes\` text,
  	\`version_transcript\` text,
  	\`version_guid\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__episodes_v\`("id", "parent_id", "version_number", "version_air_date", "version_title", "version_audio_id", "version_audio_url", "version_duration", "version_audio_bytes", "version_summary", "version_show_notes", "version_transcript", "version_guid", "version_slug", "version_published_at", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_number", "version_air_date", "version_title", "version_audio_id", "version_audio_url", "version_duration", "version_audio_bytes", "version_summary", "version_show_notes", "version_transcript", "version_guid", "version_slug", "version_published_at", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_episodes_v\`;`)
  await db.run(sql`DROP TABLE \`_episodes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__episodes_v\` RENAME TO \`_episodes_v\`;`)
  await db.run(sql`CREATE INDEX \`_episodes_v_parent_idx\` ON \`_episodes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_number_idx\` ON \`_episodes_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_air_date_idx\` ON \`_episodes_v\` (\`version_air_date\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_audio_idx\` ON \`_episodes_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_guid_idx\` ON \`_episodes_v\` (\`version_guid\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_slug_idx\` ON \`_episodes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_published_at_idx\` ON \`_episodes_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_search_text_idx\` ON \`_episodes_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_updated_at_idx\` ON \`_episodes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_created_at_idx\` ON \`_episodes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version__status_idx\` ON \`_episodes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_created_at_idx\` ON \`_episodes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_updated_at_idx\` ON \`_episodes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_snapshot_idx\` ON \`_episodes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_published_locale_idx\` ON \`_episodes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_latest_idx\` ON \`_episodes_v\` (\`latest\`);`)
}
