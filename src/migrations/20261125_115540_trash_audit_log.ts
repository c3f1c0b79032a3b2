import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_contributors_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contributors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_languages_order_idx\` ON \`_contributors_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_languages_parent_idx\` ON \`_contributors_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contributors_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_display_name\` text NOT NULL,
  	\`version_slug\` text,
  	\`version_public_profile\` integer DEFAULT false,
  	\`version_bio\` text,
  	\`version_photo_id\` integer,
  	\`version_legal_name\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_phone_digits\` text,
  	\`version_workplace\` text,
  	\`version_union\` text,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_contributors_v_parent_idx\` ON \`_contributors_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_version_slug_idx\` ON \`_contributors_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_version_public_profile_idx\` ON \`_contributors_v\` (\`version_public_profile\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_version_photo_idx\` ON \`_contributors_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_version_email_idx\` ON \`_contributors_v\` (\`version_email\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_version_phone_digits_idx\` ON \`_contributors_v\` (\`version_phone_digits\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_version_updated_at_idx\` ON \`_contributors_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_version_created_at_idx\` ON \`_contributors_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_version_version_deleted_at_idx\` ON \`_contributors_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_created_at_idx\` ON \`_contributors_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_updated_at_idx\` ON \`_contributors_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text,
  	\`title\` text,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_idx\` ON \`audit_log\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`writings\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`writings_deleted_at_idx\` ON \`writings\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_writings_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_deleted_at_idx\` ON \`_writings_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`artworks\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`artworks_deleted_at_idx\` ON \`artworks\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_artworks_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_deleted_at_idx\` ON \`_artworks_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`contributors\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`contributors_deleted_at_idx\` ON \`contributors\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`episodes_deleted_at_idx\` ON \`episodes\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_deleted_at_idx\` ON \`_episodes_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`compilations\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`compilations_deleted_at_idx\` ON \`compilations\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_compilations_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_version_deleted_at_idx\` ON \`_compilations_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`exhibitions\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`exhibitions_deleted_at_idx\` ON \`exhibitions\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_exhibitions_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_deleted_at_idx\` ON \`_exhibitions_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_deleted_at_idx\` ON \`events\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_contributors_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_contributors_v\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`writings_id\` integer,
  	\`artworks_id\` integer,
  	\`contributors_id\` integer,
  	\`episodes_id\` integer,
  	\`guests_id\` integer,
  	\`interviews_id\` integer,
  	\`compilations_id\` integer,
  	\`exhibitions_id\` integer,
  	\`events_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`audio_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`writings_id\`) REFERENCES \`writings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`artworks_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`episodes_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guests_id\`) REFERENCES \`guests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interviews_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`compilations_id\`) REFERENCES \`compilations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exhibitions_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "writings_id", "artworks_id", "contributors_id", "episodes_id", "guests_id", "interviews_id", "compilations_id", "exhibitions_id", "events_id", "topics_id", "media_id", "audio_id", "users_id") SELECT "id", "order", "parent_id", "path", "writings_id", "artworks_id", "contributors_id", "episodes_id", "guests_id", "interviews_id", "compilations_id", "exhibitions_id", "events_id", "topics_id", "media_id", "audio_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_writings_id_idx\` ON \`payload_locked_documents_rels\` (\`writings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_artworks_id_idx\` ON \`payload_locked_documents_rels\` (\`artworks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contributors_id_idx\` ON \`payload_locked_documents_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_episodes_id_idx\` ON \`payload_locked_documents_rels\` (\`episodes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guests_id_idx\` ON \`payload_locked_documents_rels\` (\`guests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interviews_id_idx\` ON \`payload_locked_documents_rels\` (\`interviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_compilations_id_idx\` ON \`payload_locked_documents_rels\` (\`compilations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exhibitions_id_idx\` ON \`payload_locked_documents_rels\` (\`exhibitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audio_id_idx\` ON \`payload_locked_documents_rels\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`writings_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`writings\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_writings_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_writings_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`artworks_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`artworks\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_artworks_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_artworks_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`contributors_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`contributors\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`episodes_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`episodes\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_episodes_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`compilations_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`compilations\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_compilations_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_compilations_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`exhibitions_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`exhibitions\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_exhibitions_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exhibitions_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`events_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`deleted_at\`;`)
}
