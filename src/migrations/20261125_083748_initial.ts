import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`writings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`form\` text DEFAULT 'poem',
  	\`language\` text DEFAULT 'en',
  	\`body\` text,
  	\`excerpt\` text,
  	\`cover_image_id\` integer,
  	\`slug\` text,
  	\`editorial_status\` text DEFAULT 'submitted',
  	\`published_at\` text,
  	\`contributor_id\` integer,
  	\`credit\` text DEFAULT 'name',
  	\`pen_name\` text,
  	\`byline\` text,
  	\`consents_publish_online\` integer DEFAULT true,
  	\`consents_print_and_exhibit\` integer DEFAULT false,
  	\`consents_read_aloud\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`writings_form_idx\` ON \`writings\` (\`form\`);`)
  await db.run(sql`CREATE INDEX \`writings_language_idx\` ON \`writings\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`writings_cover_image_idx\` ON \`writings\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`writings_slug_idx\` ON \`writings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`writings_editorial_status_idx\` ON \`writings\` (\`editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`writings_published_at_idx\` ON \`writings\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`writings_contributor_idx\` ON \`writings\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`writings_updated_at_idx\` ON \`writings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`writings_created_at_idx\` ON \`writings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`writings__status_idx\` ON \`writings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`writings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`writings_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`writings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`writings_id\`) REFERENCES \`writings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`writings_rels_order_idx\` ON \`writings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`writings_rels_parent_idx\` ON \`writings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`writings_rels_path_idx\` ON \`writings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`writings_rels_writings_id_idx\` ON \`writings_rels\` (\`writings_id\`);`)
  await db.run(sql`CREATE INDEX \`writings_rels_topics_id_idx\` ON \`writings_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_writings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_form\` text DEFAULT 'poem',
  	\`version_language\` text DEFAULT 'en',
  	\`version_body\` text,
  	\`version_excerpt\` text,
  	\`version_cover_image_id\` integer,
  	\`version_slug\` text,
  	\`version_editorial_status\` text DEFAULT 'submitted',
  	\`version_published_at\` text,
  	\`version_contributor_id\` integer,
  	\`version_credit\` text DEFAULT 'name',
  	\`version_pen_name\` text,
  	\`version_byline\` text,
  	\`version_consents_publish_online\` integer DEFAULT true,
  	\`version_consents_print_and_exhibit\` integer DEFAULT false,
  	\`version_consents_read_aloud\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`writings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_writings_v_parent_idx\` ON \`_writings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_form_idx\` ON \`_writings_v\` (\`version_form\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_language_idx\` ON \`_writings_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_cover_image_idx\` ON \`_writings_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_slug_idx\` ON \`_writings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_editorial_status_idx\` ON \`_writings_v\` (\`version_editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_published_at_idx\` ON \`_writings_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_contributor_idx\` ON \`_writings_v\` (\`version_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_updated_at_idx\` ON \`_writings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_created_at_idx\` ON \`_writings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version__status_idx\` ON \`_writings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_created_at_idx\` ON \`_writings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_updated_at_idx\` ON \`_writings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_snapshot_idx\` ON \`_writings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_published_locale_idx\` ON \`_writings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_latest_idx\` ON \`_writings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_writings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`writings_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_writings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`writings_id\`) REFERENCES \`writings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_writings_v_rels_order_idx\` ON \`_writings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_rels_parent_idx\` ON \`_writings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_rels_path_idx\` ON \`_writings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_rels_writings_id_idx\` ON \`_writings_v_rels\` (\`writings_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_rels_topics_id_idx\` ON \`_writings_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`artworks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`medium\` text,
  	\`dimensions\` text,
  	\`year\` numeric,
  	\`statement\` text,
  	\`slug\` text,
  	\`editorial_status\` text DEFAULT 'submitted',
  	\`published_at\` text,
  	\`contributor_id\` integer,
  	\`credit\` text DEFAULT 'name',
  	\`pen_name\` text,
  	\`byline\` text,
  	\`consents_publish_online\` integer DEFAULT true,
  	\`consents_print_and_exhibit\` integer DEFAULT false,
  	\`consents_read_aloud\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`artworks_year_idx\` ON \`artworks\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`artworks_slug_idx\` ON \`artworks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`artworks_editorial_status_idx\` ON \`artworks\` (\`editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`artworks_published_at_idx\` ON \`artworks\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks_contributor_idx\` ON \`artworks\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`artworks_updated_at_idx\` ON \`artworks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks_created_at_idx\` ON \`artworks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks__status_idx\` ON \`artworks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`artworks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`artworks_rels_order_idx\` ON \`artworks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`artworks_rels_parent_idx\` ON \`artworks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`artworks_rels_path_idx\` ON \`artworks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`artworks_rels_media_id_idx\` ON \`artworks_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`artworks_rels_topics_id_idx\` ON \`artworks_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_artworks_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_medium\` text,
  	\`version_dimensions\` text,
  	\`version_year\` numeric,
  	\`version_statement\` text,
  	\`version_slug\` text,
  	\`version_editorial_status\` text DEFAULT 'submitted',
  	\`version_published_at\` text,
  	\`version_contributor_id\` integer,
  	\`version_credit\` text DEFAULT 'name',
  	\`version_pen_name\` text,
  	\`version_byline\` text,
  	\`version_consents_publish_online\` integer DEFAULT true,
  	\`version_consents_print_and_exhibit\` integer DEFAULT false,
  	\`version_consents_read_aloud\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_artworks_v_parent_idx\` ON \`_artworks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_year_idx\` ON \`_artworks_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_slug_idx\` ON \`_artworks_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_editorial_status_idx\` ON \`_artworks_v\` (\`version_editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_published_at_idx\` ON \`_artworks_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_contributor_idx\` ON \`_artworks_v\` (\`version_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_updated_at_idx\` ON \`_artworks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_created_at_idx\` ON \`_artworks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version__status_idx\` ON \`_artworks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_created_at_idx\` ON \`_artworks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_updated_at_idx\` ON \`_artworks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_snapshot_idx\` ON \`_artworks_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_published_locale_idx\` ON \`_artworks_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_latest_idx\` ON \`_artworks_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_artworks_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_artworks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_artworks_v_rels_order_idx\` ON \`_artworks_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_rels_parent_idx\` ON \`_artworks_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_rels_path_idx\` ON \`_artworks_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_rels_media_id_idx\` ON \`_artworks_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_rels_topics_id_idx\` ON \`_artworks_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`contributors_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contributors_languages_order_idx\` ON \`contributors_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contributors_languages_parent_idx\` ON \`contributors_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contributors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`slug\` text,
  	\`public_profile\` integer DEFAULT false,
  	\`bio\` text,
  	\`photo_id\` integer,
  	\`legal_name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`workplace\` text,
  	\`union\` text,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contributors_slug_idx\` ON \`contributors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`contributors_public_profile_idx\` ON \`contributors\` (\`public_profile\`);`)
  await db.run(sql`CREATE INDEX \`contributors_photo_idx\` ON \`contributors\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_email_idx\` ON \`contributors\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`contributors_updated_at_idx\` ON \`contributors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contributors_created_at_idx\` ON \`contributors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`episodes\` (
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
  	\`slug\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`episodes_number_idx\` ON \`episodes\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`episodes_air_date_idx\` ON \`episodes\` (\`air_date\`);`)
  await db.run(sql`CREATE INDEX \`episodes_audio_idx\` ON \`episodes\` (\`audio_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`episodes_slug_idx\` ON \`episodes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`episodes_published_at_idx\` ON \`episodes\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`episodes_updated_at_idx\` ON \`episodes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`episodes_created_at_idx\` ON \`episodes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`episodes__status_idx\` ON \`episodes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`episodes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guests_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guests_id\`) REFERENCES \`guests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`episodes_rels_order_idx\` ON \`episodes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_parent_idx\` ON \`episodes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_path_idx\` ON \`episodes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_guests_id_idx\` ON \`episodes_rels\` (\`guests_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_topics_id_idx\` ON \`episodes_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_episodes_v\` (
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
  	\`version_slug\` text,
  	\`version_published_at\` text,
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
  await db.run(sql`CREATE INDEX \`_episodes_v_parent_idx\` ON \`_episodes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_number_idx\` ON \`_episodes_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_air_date_idx\` ON \`_episodes_v\` (\`version_air_date\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_audio_idx\` ON \`_episodes_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_slug_idx\` ON \`_episodes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_published_at_idx\` ON \`_episodes_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_updated_at_idx\` ON \`_episodes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_created_at_idx\` ON \`_episodes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version__status_idx\` ON \`_episodes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_created_at_idx\` ON \`_episodes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_updated_at_idx\` ON \`_episodes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_snapshot_idx\` ON \`_episodes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_published_locale_idx\` ON \`_episodes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_latest_idx\` ON \`_episodes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_episodes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guests_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guests_id\`) REFERENCES \`guests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_order_idx\` ON \`_episodes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_parent_idx\` ON \`_episodes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_path_idx\` ON \`_episodes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_guests_id_idx\` ON \`_episodes_v_rels\` (\`guests_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_topics_id_idx\` ON \`_episodes_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`guests_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guests_links_order_idx\` ON \`guests_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guests_links_parent_id_idx\` ON \`guests_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`organisation\` text,
  	\`role\` text,
  	\`photo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`guests_name_idx\` ON \`guests\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`guests_slug_idx\` ON \`guests\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guests_photo_idx\` ON \`guests\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`guests_updated_at_idx\` ON \`guests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guests_created_at_idx\` ON \`guests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`guests_locales\` (
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guests_locales_locale_parent_id_unique\` ON \`guests_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interviews_pull_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`quote\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interviews_pull_quotes_order_idx\` ON \`interviews_pull_quotes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interviews_pull_quotes_parent_id_idx\` ON \`interviews_pull_quotes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`episode_id\` integer,
  	\`start_time\` numeric,
  	\`end_time\` numeric,
  	\`summary\` text,
  	\`transcript\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`episode_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interviews_slug_idx\` ON \`interviews\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interviews_episode_idx\` ON \`interviews\` (\`episode_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_updated_at_idx\` ON \`interviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews_created_at_idx\` ON \`interviews\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`interviews_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guests_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guests_id\`) REFERENCES \`guests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interviews_rels_order_idx\` ON \`interviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_parent_idx\` ON \`interviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_path_idx\` ON \`interviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_guests_id_idx\` ON \`interviews_rels\` (\`guests_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_topics_id_idx\` ON \`interviews_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`compilations_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`section_heading\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`compilations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`compilations_entries_order_idx\` ON \`compilations_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`compilations_entries_parent_id_idx\` ON \`compilations_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`compilations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`year\` numeric,
  	\`editors\` text,
  	\`introduction\` text,
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`compilations_year_idx\` ON \`compilations\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`compilations_cover_idx\` ON \`compilations\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`compilations_slug_idx\` ON \`compilations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`compilations_published_at_idx\` ON \`compilations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`compilations_updated_at_idx\` ON \`compilations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`compilations_created_at_idx\` ON \`compilations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compilations__status_idx\` ON \`compilations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`compilations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`writings_id\` integer,
  	\`artworks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`compilations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`writings_id\`) REFERENCES \`writings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`artworks_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`compilations_rels_order_idx\` ON \`compilations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`compilations_rels_parent_idx\` ON \`compilations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`compilations_rels_path_idx\` ON \`compilations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`compilations_rels_writings_id_idx\` ON \`compilations_rels\` (\`writings_id\`);`)
  await db.run(sql`CREATE INDEX \`compilations_rels_artworks_id_idx\` ON \`compilations_rels\` (\`artworks_id\`);`)
  await db.run(sql`CREATE TABLE \`_compilations_v_version_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`section_heading\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_compilations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_entries_order_idx\` ON \`_compilations_v_version_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_entries_parent_id_idx\` ON \`_compilations_v_version_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_compilations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_year\` numeric,
  	\`version_editors\` text,
  	\`version_introduction\` text,
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`compilations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_compilations_v_parent_idx\` ON \`_compilations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_version_year_idx\` ON \`_compilations_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_version_cover_idx\` ON \`_compilations_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_version_slug_idx\` ON \`_compilations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_version_published_at_idx\` ON \`_compilations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_version_updated_at_idx\` ON \`_compilations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_version_created_at_idx\` ON \`_compilations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_version_version__status_idx\` ON \`_compilations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_created_at_idx\` ON \`_compilations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_updated_at_idx\` ON \`_compilations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_snapshot_idx\` ON \`_compilations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_published_locale_idx\` ON \`_compilations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_latest_idx\` ON \`_compilations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_compilations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`writings_id\` integer,
  	\`artworks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_compilations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`writings_id\`) REFERENCES \`writings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`artworks_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_compilations_v_rels_order_idx\` ON \`_compilations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_rels_parent_idx\` ON \`_compilations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_rels_path_idx\` ON \`_compilations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_rels_writings_id_idx\` ON \`_compilations_v_rels\` (\`writings_id\`);`)
  await db.run(sql`CREATE INDEX \`_compilations_v_rels_artworks_id_idx\` ON \`_compilations_v_rels\` (\`artworks_id\`);`)
  await db.run(sql`CREATE TABLE \`exhibitions_artworks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`artwork_id\` integer,
  	\`wall_text\` text,
  	FOREIGN KEY (\`artwork_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exhibitions_artworks_order_idx\` ON \`exhibitions_artworks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_artworks_parent_id_idx\` ON \`exhibitions_artworks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_artworks_artwork_idx\` ON \`exhibitions_artworks\` (\`artwork_id\`);`)
  await db.run(sql`CREATE TABLE \`exhibitions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`venue\` text,
  	\`statement\` text,
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exhibitions_opens_idx\` ON \`exhibitions\` (\`opens\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_cover_idx\` ON \`exhibitions\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exhibitions_slug_idx\` ON \`exhibitions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_published_at_idx\` ON \`exhibitions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_updated_at_idx\` ON \`exhibitions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_created_at_idx\` ON \`exhibitions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions__status_idx\` ON \`exhibitions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_exhibitions_v_version_artworks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`artwork_id\` integer,
  	\`wall_text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`artwork_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exhibitions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_artworks_order_idx\` ON \`_exhibitions_v_version_artworks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_artworks_parent_id_idx\` ON \`_exhibitions_v_version_artworks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_artworks_artwork_idx\` ON \`_exhibitions_v_version_artworks\` (\`artwork_id\`);`)
  await db.run(sql`CREATE TABLE \`_exhibitions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_opens\` text,
  	\`version_closes\` text,
  	\`version_venue\` text,
  	\`version_statement\` text,
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_parent_idx\` ON \`_exhibitions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_opens_idx\` ON \`_exhibitions_v\` (\`version_opens\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_cover_idx\` ON \`_exhibitions_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_slug_idx\` ON \`_exhibitions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_published_at_idx\` ON \`_exhibitions_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_updated_at_idx\` ON \`_exhibitions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_created_at_idx\` ON \`_exhibitions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version__status_idx\` ON \`_exhibitions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_created_at_idx\` ON \`_exhibitions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_updated_at_idx\` ON \`_exhibitions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_snapshot_idx\` ON \`_exhibitions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_published_locale_idx\` ON \`_exhibitions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_latest_idx\` ON \`_exhibitions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text DEFAULT 'reading' NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text,
  	\`venue\` text NOT NULL,
  	\`address\` text,
  	\`description\` text,
  	\`exhibition_id\` integer,
  	\`attendance\` numeric,
  	\`accessibility_notes\` text,
  	\`registration_url\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`exhibition_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_start_idx\` ON \`events\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`events_exhibition_idx\` ON \`events\` (\`exhibition_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	\`writings_id\` integer,
  	\`artworks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`writings_id\`) REFERENCES \`writings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`artworks_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_contributors_id_idx\` ON \`events_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_writings_id_idx\` ON \`events_rels\` (\`writings_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_artworks_id_idx\` ON \`events_rels\` (\`artworks_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_feature_url\` text,
  	\`sizes_feature_width\` numeric,
  	\`sizes_feature_height\` numeric,
  	\`sizes_feature_mime_type\` text,
  	\`sizes_feature_filesize\` numeric,
  	\`sizes_feature_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_feature_sizes_feature_filename_idx\` ON \`media\` (\`sizes_feature_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`audio\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`audio_updated_at_idx\` ON \`audio\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audio_created_at_idx\` ON \`audio\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`audio_filename_idx\` ON \`audio\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`contributor_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_contributor_idx\` ON \`users\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`writings\`;`)
  await db.run(sql`DROP TABLE \`writings_rels\`;`)
  await db.run(sql`DROP TABLE \`_writings_v\`;`)
  await db.run(sql`DROP TABLE \`_writings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`artworks\`;`)
  await db.run(sql`DROP TABLE \`artworks_rels\`;`)
  await db.run(sql`DROP TABLE \`_artworks_v\`;`)
  await db.run(sql`DROP TABLE \`_artworks_v_rels\`;`)
  await db.run(sql`DROP TABLE \`contributors_languages\`;`)
  await db.run(sql`DROP TABLE \`contributors\`;`)
  await db.run(sql`DROP TABLE \`episodes\`;`)
  await db.run(sql`DROP TABLE \`episodes_rels\`;`)
  await db.run(sql`DROP TABLE \`_episodes_v\`;`)
  await db.run(sql`DROP TABLE \`_episodes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`guests_links\`;`)
  await db.run(sql`DROP TABLE \`guests\`;`)
  await db.run(sql`DROP TABLE \`guests_locales\`;`)
  await db.run(sql`DROP TABLE \`interviews_pull_quotes\`;`)
  await db.run(sql`DROP TABLE \`interviews\`;`)
  await db.run(sql`DROP TABLE \`interviews_rels\`;`)
  await db.run(sql`DROP TABLE \`compilations_entries\`;`)
  await db.run(sql`DROP TABLE \`compilations\`;`)
  await db.run(sql`DROP TABLE \`compilations_rels\`;`)
  await db.run(sql`DROP TABLE \`_compilations_v_version_entries\`;`)
  await db.run(sql`DROP TABLE \`_compilations_v\`;`)
  await db.run(sql`DROP TABLE \`_compilations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`exhibitions_artworks\`;`)
  await db.run(sql`DROP TABLE \`exhibitions\`;`)
  await db.run(sql`DROP TABLE \`_exhibitions_v_version_artworks\`;`)
  await db.run(sql`DROP TABLE \`_exhibitions_v\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`audio\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
