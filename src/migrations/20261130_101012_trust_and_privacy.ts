import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { FILE_COLLECTIONS, refreshFileVisibility } from '../access/media'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_writings\` (
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
  	\`consents_publish_online\` integer DEFAULT false,
  	\`consents_print_and_exhibit\` integer DEFAULT false,
  	\`consents_read_aloud\` integer DEFAULT false,
  	\`consents_source\` text,
  	\`consents_recorded_at\` text,
  	\`featured\` integer DEFAULT false,
  	\`message_to_contributor\` text,
  	\`editor_notes\` text,
  	\`receipt_hash\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_writings\`("id", "title", "form", "language", "body", "excerpt", "cover_image_id", "slug", "editorial_status", "published_at", "contributor_id", "credit", "pen_name", "byline", "consents_publish_online", "consents_print_and_exhibit", "consents_read_aloud", "consents_source", "consents_recorded_at", "featured", "message_to_contributor", "editor_notes", "receipt_hash", "search_text", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "title", "form", "language", "body", "excerpt", "cover_image_id", "slug", "editorial_status", "published_at", "contributor_id", "credit", "pen_name", "byline", "consents_publish_online", "consents_print_and_exhibit", "consents_read_aloud", "consents_source", "consents_recorded_at", "featured", "message_to_contributor", "editor_notes", "receipt_hash", "search_text", "updated_at", "created_at", "deleted_at", "_status" FROM \`writings\`;`)
  await db.run(sql`DROP TABLE \`writings\`;`)
  await db.run(sql`ALTER TABLE \`__new_writings\` RENAME TO \`writings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`writings_form_idx\` ON \`writings\` (\`form\`);`)
  await db.run(sql`CREATE INDEX \`writings_language_idx\` ON \`writings\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`writings_cover_image_idx\` ON \`writings\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`writings_slug_idx\` ON \`writings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`writings_editorial_status_idx\` ON \`writings\` (\`editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`writings_published_at_idx\` ON \`writings\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`writings_contributor_idx\` ON \`writings\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`writings_featured_idx\` ON \`writings\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`writings_receipt_hash_idx\` ON \`writings\` (\`receipt_hash\`);`)
  await db.run(sql`CREATE INDEX \`writings_updated_at_idx\` ON \`writings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`writings_created_at_idx\` ON \`writings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`writings_deleted_at_idx\` ON \`writings\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`writings__status_idx\` ON \`writings\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_publishedAt_idx\` ON \`writings\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_contributor_idx\` ON \`writings\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`language__status_editorialStatus_deletedAt_publishedAt_idx\` ON \`writings\` (\`language\`,\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`form__status_editorialStatus_deletedAt_publishedAt_idx\` ON \`writings\` (\`form\`,\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_language_idx\` ON \`writings\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`language\`);`)
  await db.run(sql`CREATE TABLE \`__new__writings_v\` (
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
  	\`version_consents_publish_online\` integer DEFAULT false,
  	\`version_consents_print_and_exhibit\` integer DEFAULT false,
  	\`version_consents_read_aloud\` integer DEFAULT false,
  	\`version_consents_source\` text,
  	\`version_consents_recorded_at\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_message_to_contributor\` text,
  	\`version_editor_notes\` text,
  	\`version_receipt_hash\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
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
  await db.run(sql`INSERT INTO \`__new__writings_v\`("id", "parent_id", "version_title", "version_form", "version_language", "version_body", "version_excerpt", "version_cover_image_id", "version_slug", "version_editorial_status", "version_published_at", "version_contributor_id", "version_credit", "version_pen_name", "version_byline", "version_consents_publish_online", "version_consents_print_and_exhibit", "version_consents_read_aloud", "version_consents_source", "version_consents_recorded_at", "version_featured", "version_message_to_contributor", "version_editor_notes", "version_receipt_hash", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_form", "version_language", "version_body", "version_excerpt", "version_cover_image_id", "version_slug", "version_editorial_status", "version_published_at", "version_contributor_id", "version_credit", "version_pen_name", "version_byline", "version_consents_publish_online", "version_consents_print_and_exhibit", "version_consents_read_aloud", "version_consents_source", "version_consents_recorded_at", "version_featured", "version_message_to_contributor", "version_editor_notes", "version_receipt_hash", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_writings_v\`;`)
  await db.run(sql`DROP TABLE \`_writings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__writings_v\` RENAME TO \`_writings_v\`;`)
  await db.run(sql`CREATE INDEX \`_writings_v_parent_idx\` ON \`_writings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_form_idx\` ON \`_writings_v\` (\`version_form\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_language_idx\` ON \`_writings_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_cover_image_idx\` ON \`_writings_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_slug_idx\` ON \`_writings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_editorial_status_idx\` ON \`_writings_v\` (\`version_editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_published_at_idx\` ON \`_writings_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_contributor_idx\` ON \`_writings_v\` (\`version_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_featured_idx\` ON \`_writings_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_receipt_hash_idx\` ON \`_writings_v\` (\`version_receipt_hash\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_updated_at_idx\` ON \`_writings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_created_at_idx\` ON \`_writings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_deleted_at_idx\` ON \`_writings_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version__status_idx\` ON \`_writings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_created_at_idx\` ON \`_writings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_updated_at_idx\` ON \`_writings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_snapshot_idx\` ON \`_writings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_published_locale_idx\` ON \`_writings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_latest_idx\` ON \`_writings_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_writings_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_writings_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_writings_v\` (\`version_language\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_writings_v\` (\`version_form\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`_writings_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_language\`);`)
  await db.run(sql`CREATE TABLE \`__new_artworks\` (
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
  	\`consents_publish_online\` integer DEFAULT false,
  	\`consents_print_and_exhibit\` integer DEFAULT false,
  	\`consents_read_aloud\` integer DEFAULT false,
  	\`consents_source\` text,
  	\`consents_recorded_at\` text,
  	\`featured\` integer DEFAULT false,
  	\`message_to_contributor\` text,
  	\`editor_notes\` text,
  	\`receipt_hash\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_artworks\`("id", "title", "medium", "dimensions", "year", "statement", "slug", "editorial_status", "published_at", "contributor_id", "credit", "pen_name", "byline", "consents_publish_online", "consents_print_and_exhibit", "consents_read_aloud", "consents_source", "consents_recorded_at", "featured", "message_to_contributor", "editor_notes", "receipt_hash", "search_text", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "title", "medium", "dimensions", "year", "statement", "slug", "editorial_status", "published_at", "contributor_id", "credit", "pen_name", "byline", "consents_publish_online", "consents_print_and_exhibit", "consents_read_aloud", "consents_source", "consents_recorded_at", "featured", "message_to_contributor", "editor_notes", "receipt_hash", "search_text", "updated_at", "created_at", "deleted_at", "_status" FROM \`artworks\`;`)
  await db.run(sql`DROP TABLE \`artworks\`;`)
  await db.run(sql`ALTER TABLE \`__new_artworks\` RENAME TO \`artworks\`;`)
  await db.run(sql`CREATE INDEX \`artworks_year_idx\` ON \`artworks\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`artworks_slug_idx\` ON \`artworks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`artworks_editorial_status_idx\` ON \`artworks\` (\`editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`artworks_published_at_idx\` ON \`artworks\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks_contributor_idx\` ON \`artworks\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`artworks_featured_idx\` ON \`artworks\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`artworks_receipt_hash_idx\` ON \`artworks\` (\`receipt_hash\`);`)
  await db.run(sql`CREATE INDEX \`artworks_updated_at_idx\` ON \`artworks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks_created_at_idx\` ON \`artworks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks_deleted_at_idx\` ON \`artworks\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks__status_idx\` ON \`artworks\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_publishedAt_1_idx\` ON \`artworks\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_contributor_1_idx\` ON \`artworks\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`contributor_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__artworks_v\` (
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
  	\`version_consents_publish_online\` integer DEFAULT false,
  	\`version_consents_print_and_exhibit\` integer DEFAULT false,
  	\`version_consents_read_aloud\` integer DEFAULT false,
  	\`version_consents_source\` text,
  	\`version_consents_recorded_at\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_message_to_contributor\` text,
  	\`version_editor_notes\` text,
  	\`version_receipt_hash\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
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
  await db.run(sql`INSERT INTO \`__new__artworks_v\`("id", "parent_id", "version_title", "version_medium", "version_dimensions", "version_year", "version_statement", "version_slug", "version_editorial_status", "version_published_at", "version_contributor_id", "version_credit", "version_pen_name", "version_byline", "version_consents_publish_online", "version_consents_print_and_exhibit", "version_consents_read_aloud", "version_consents_source", "version_consents_recorded_at", "version_featured", "version_message_to_contributor", "version_editor_notes", "version_receipt_hash", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_medium", "version_dimensions", "version_year", "version_statement", "version_slug", "version_editorial_status", "version_published_at", "version_contributor_id", "version_credit", "version_pen_name", "version_byline", "version_consents_publish_online", "version_consents_print_and_exhibit", "version_consents_read_aloud", "version_consents_source", "version_consents_recorded_at", "version_featured", "version_message_to_contributor", "version_editor_notes", "version_receipt_hash", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_artworks_v\`;`)
  await db.run(sql`DROP TABLE \`_artworks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__artworks_v\` RENAME TO \`_artworks_v\`;`)
  await db.run(sql`CREATE INDEX \`_artworks_v_parent_idx\` ON \`_artworks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_year_idx\` ON \`_artworks_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_slug_idx\` ON \`_artworks_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_editorial_status_idx\` ON \`_artworks_v\` (\`version_editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_published_at_idx\` ON \`_artworks_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_contributor_idx\` ON \`_artworks_v\` (\`version_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_featured_idx\` ON \`_artworks_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_receipt_hash_idx\` ON \`_artworks_v\` (\`version_receipt_hash\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_updated_at_idx\` ON \`_artworks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_created_at_idx\` ON \`_artworks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_deleted_at_idx\` ON \`_artworks_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version__status_idx\` ON \`_artworks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_created_at_idx\` ON \`_artworks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_updated_at_idx\` ON \`_artworks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_snapshot_idx\` ON \`_artworks_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_published_locale_idx\` ON \`_artworks_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_latest_idx\` ON \`_artworks_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_5_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_6_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_contributor_id\`);`)
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

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_contributors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`slug\` text,
  	\`public_profile\` integer DEFAULT false,
  	\`bio\` text,
  	\`photo_id\` integer,
  	\`legal_name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`phone_digits\` text,
  	\`workplace\` text,
  	\`union\` text,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contributors\`("id", "display_name", "slug", "public_profile", "bio", "photo_id", "legal_name", "email", "phone", "phone_digits", "workplace", "union", "editor_notes", "updated_at", "created_at", "deleted_at") SELECT "id", "display_name", "slug", "public_profile", "bio", "photo_id", "legal_name", "email", "phone", "phone_digits", "workplace", "union", "editor_notes", "updated_at", "created_at", "deleted_at" FROM \`contributors\`;`)
  await db.run(sql`DROP TABLE \`contributors\`;`)
  await db.run(sql`ALTER TABLE \`__new_contributors\` RENAME TO \`contributors\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`contributors_slug_idx\` ON \`contributors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`contributors_public_profile_idx\` ON \`contributors\` (\`public_profile\`);`)
  await db.run(sql`CREATE INDEX \`contributors_photo_idx\` ON \`contributors\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_email_idx\` ON \`contributors\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`contributors_phone_digits_idx\` ON \`contributors\` (\`phone_digits\`);`)
  await db.run(sql`CREATE INDEX \`contributors_updated_at_idx\` ON \`contributors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contributors_created_at_idx\` ON \`contributors\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contributors_deleted_at_idx\` ON \`contributors\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__contributors_v\` (
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
  await db.run(sql`INSERT INTO \`__new__contributors_v\`("id", "parent_id", "version_display_name", "version_slug", "version_public_profile", "version_bio", "version_photo_id", "version_legal_name", "version_email", "version_phone", "version_phone_digits", "version_workplace", "version_union", "version_editor_notes", "version_updated_at", "version_created_at", "version_deleted_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_display_name", "version_slug", "version_public_profile", "version_bio", "version_photo_id", "version_legal_name", "version_email", "version_phone", "version_phone_digits", "version_workplace", "version_union", "version_editor_notes", "version_updated_at", "version_created_at", "version_deleted_at", "created_at", "updated_at" FROM \`_contributors_v\`;`)
  await db.run(sql`DROP TABLE \`_contributors_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__contributors_v\` RENAME TO \`_contributors_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_media\` (
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
  await db.run(sql`INSERT INTO \`__new_media\`("id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename") SELECT "id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_feature_sizes_feature_filename_idx\` ON \`media\` (\`sizes_feature_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_audio\` (
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
  await db.run(sql`INSERT INTO \`__new_audio\`("id", "title", "duration", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "title", "duration", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`audio\`;`)
  await db.run(sql`DROP TABLE \`audio\`;`)
  await db.run(sql`ALTER TABLE \`__new_audio\` RENAME TO \`audio\`;`)
  await db.run(sql`CREATE INDEX \`audio_updated_at_idx\` ON \`audio\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audio_created_at_idx\` ON \`audio\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`audio_filename_idx\` ON \`audio\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_writings\` (
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
  	\`featured\` integer DEFAULT false,
  	\`message_to_contributor\` text,
  	\`editor_notes\` text,
  	\`receipt_hash\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_writings\`("id", "title", "form", "language", "body", "excerpt", "cover_image_id", "slug", "editorial_status", "published_at", "contributor_id", "credit", "pen_name", "byline", "consents_publish_online", "consents_print_and_exhibit", "consents_read_aloud", "featured", "message_to_contributor", "editor_notes", "receipt_hash", "search_text", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "title", "form", "language", "body", "excerpt", "cover_image_id", "slug", "editorial_status", "published_at", "contributor_id", "credit", "pen_name", "byline", "consents_publish_online", "consents_print_and_exhibit", "consents_read_aloud", "featured", "message_to_contributor", "editor_notes", "receipt_hash", "search_text", "updated_at", "created_at", "deleted_at", "_status" FROM \`writings\`;`)
  await db.run(sql`DROP TABLE \`writings\`;`)
  await db.run(sql`ALTER TABLE \`__new_writings\` RENAME TO \`writings\`;`)
  await db.run(sql`CREATE INDEX \`writings_form_idx\` ON \`writings\` (\`form\`);`)
  await db.run(sql`CREATE INDEX \`writings_language_idx\` ON \`writings\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`writings_cover_image_idx\` ON \`writings\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`writings_slug_idx\` ON \`writings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`writings_editorial_status_idx\` ON \`writings\` (\`editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`writings_published_at_idx\` ON \`writings\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`writings_contributor_idx\` ON \`writings\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`writings_featured_idx\` ON \`writings\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`writings_receipt_hash_idx\` ON \`writings\` (\`receipt_hash\`);`)
  await db.run(sql`CREATE INDEX \`writings_updated_at_idx\` ON \`writings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`writings_created_at_idx\` ON \`writings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`writings_deleted_at_idx\` ON \`writings\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`writings__status_idx\` ON \`writings\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_publishedAt_idx\` ON \`writings\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_contributor_idx\` ON \`writings\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`language__status_editorialStatus_deletedAt_publishedAt_idx\` ON \`writings\` (\`language\`,\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`form__status_editorialStatus_deletedAt_publishedAt_idx\` ON \`writings\` (\`form\`,\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_language_idx\` ON \`writings\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`language\`);`)
  await db.run(sql`CREATE TABLE \`__new__writings_v\` (
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
  	\`version_featured\` integer DEFAULT false,
  	\`version_message_to_contributor\` text,
  	\`version_editor_notes\` text,
  	\`version_receipt_hash\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
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
  await db.run(sql`INSERT INTO \`__new__writings_v\`("id", "parent_id", "version_title", "version_form", "version_language", "version_body", "version_excerpt", "version_cover_image_id", "version_slug", "version_editorial_status", "version_published_at", "version_contributor_id", "version_credit", "version_pen_name", "version_byline", "version_consents_publish_online", "version_consents_print_and_exhibit", "version_consents_read_aloud", "version_featured", "version_message_to_contributor", "version_editor_notes", "version_receipt_hash", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_form", "version_language", "version_body", "version_excerpt", "version_cover_image_id", "version_slug", "version_editorial_status", "version_published_at", "version_contributor_id", "version_credit", "version_pen_name", "version_byline", "version_consents_publish_online", "version_consents_print_and_exhibit", "version_consents_read_aloud", "version_featured", "version_message_to_contributor", "version_editor_notes", "version_receipt_hash", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_writings_v\`;`)
  await db.run(sql`DROP TABLE \`_writings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__writings_v\` RENAME TO \`_writings_v\`;`)
  await db.run(sql`CREATE INDEX \`_writings_v_parent_idx\` ON \`_writings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_form_idx\` ON \`_writings_v\` (\`version_form\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_language_idx\` ON \`_writings_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_cover_image_idx\` ON \`_writings_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_slug_idx\` ON \`_writings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_editorial_status_idx\` ON \`_writings_v\` (\`version_editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_published_at_idx\` ON \`_writings_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_contributor_idx\` ON \`_writings_v\` (\`version_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_featured_idx\` ON \`_writings_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_receipt_hash_idx\` ON \`_writings_v\` (\`version_receipt_hash\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_updated_at_idx\` ON \`_writings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_created_at_idx\` ON \`_writings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version_deleted_at_idx\` ON \`_writings_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_version_version__status_idx\` ON \`_writings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_created_at_idx\` ON \`_writings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_updated_at_idx\` ON \`_writings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_snapshot_idx\` ON \`_writings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_published_locale_idx\` ON \`_writings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_writings_v_latest_idx\` ON \`_writings_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_writings_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_writings_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_writings_v\` (\`version_language\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_writings_v\` (\`version_form\`,\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`_writings_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_language\`);`)
  await db.run(sql`CREATE TABLE \`__new_artworks\` (
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
  	\`featured\` integer DEFAULT false,
  	\`message_to_contributor\` text,
  	\`editor_notes\` text,
  	\`receipt_hash\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_artworks\`("id", "title", "medium", "dimensions", "year", "statement", "slug", "editorial_status", "published_at", "contributor_id", "credit", "pen_name", "byline", "consents_publish_online", "consents_print_and_exhibit", "consents_read_aloud", "featured", "message_to_contributor", "editor_notes", "receipt_hash", "search_text", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "title", "medium", "dimensions", "year", "statement", "slug", "editorial_status", "published_at", "contributor_id", "credit", "pen_name", "byline", "consents_publish_online", "consents_print_and_exhibit", "consents_read_aloud", "featured", "message_to_contributor", "editor_notes", "receipt_hash", "search_text", "updated_at", "created_at", "deleted_at", "_status" FROM \`artworks\`;`)
  await db.run(sql`DROP TABLE \`artworks\`;`)
  await db.run(sql`ALTER TABLE \`__new_artworks\` RENAME TO \`artworks\`;`)
  await db.run(sql`CREATE INDEX \`artworks_year_idx\` ON \`artworks\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`artworks_slug_idx\` ON \`artworks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`artworks_editorial_status_idx\` ON \`artworks\` (\`editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`artworks_published_at_idx\` ON \`artworks\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks_contributor_idx\` ON \`artworks\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`artworks_featured_idx\` ON \`artworks\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`artworks_receipt_hash_idx\` ON \`artworks\` (\`receipt_hash\`);`)
  await db.run(sql`CREATE INDEX \`artworks_updated_at_idx\` ON \`artworks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks_created_at_idx\` ON \`artworks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks_deleted_at_idx\` ON \`artworks\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`artworks__status_idx\` ON \`artworks\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_publishedAt_1_idx\` ON \`artworks\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_editorialStatus_deletedAt_contributor_1_idx\` ON \`artworks\` (\`_status\`,\`editorial_status\`,\`deleted_at\`,\`contributor_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__artworks_v\` (
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
  	\`version_featured\` integer DEFAULT false,
  	\`version_message_to_contributor\` text,
  	\`version_editor_notes\` text,
  	\`version_receipt_hash\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
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
  await db.run(sql`INSERT INTO \`__new__artworks_v\`("id", "parent_id", "version_title", "version_medium", "version_dimensions", "version_year", "version_statement", "version_slug", "version_editorial_status", "version_published_at", "version_contributor_id", "version_credit", "version_pen_name", "version_byline", "version_consents_publish_online", "version_consents_print_and_exhibit", "version_consents_read_aloud", "version_featured", "version_message_to_contributor", "version_editor_notes", "version_receipt_hash", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_medium", "version_dimensions", "version_year", "version_statement", "version_slug", "version_editorial_status", "version_published_at", "version_contributor_id", "version_credit", "version_pen_name", "version_byline", "version_consents_publish_online", "version_consents_print_and_exhibit", "version_consents_read_aloud", "version_featured", "version_message_to_contributor", "version_editor_notes", "version_receipt_hash", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_artworks_v\`;`)
  await db.run(sql`DROP TABLE \`_artworks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__artworks_v\` RENAME TO \`_artworks_v\`;`)
  await db.run(sql`CREATE INDEX \`_artworks_v_parent_idx\` ON \`_artworks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_year_idx\` ON \`_artworks_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_slug_idx\` ON \`_artworks_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_editorial_status_idx\` ON \`_artworks_v\` (\`version_editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_published_at_idx\` ON \`_artworks_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_contributor_idx\` ON \`_artworks_v\` (\`version_contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_featured_idx\` ON \`_artworks_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_receipt_hash_idx\` ON \`_artworks_v\` (\`version_receipt_hash\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_updated_at_idx\` ON \`_artworks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_created_at_idx\` ON \`_artworks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_deleted_at_idx\` ON \`_artworks_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version__status_idx\` ON \`_artworks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_created_at_idx\` ON \`_artworks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_updated_at_idx\` ON \`_artworks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_snapshot_idx\` ON \`_artworks_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_published_locale_idx\` ON \`_artworks_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_latest_idx\` ON \`_artworks_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_5_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_6_idx\` ON \`_artworks_v\` (\`version__status\`,\`version_editorial_status\`,\`version_deleted_at\`,\`version_contributor_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
