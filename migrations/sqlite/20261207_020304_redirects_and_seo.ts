import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`to_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_to_idx\` ON \`redirects\` (\`to_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`meta_description\` text;`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`flashes\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`CREATE INDEX \`flashes_meta_meta_image_idx\` ON \`flashes\` (\`meta_image_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`flashes_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`flashes_locales\` ADD \`meta_description\` text;`)
  await db.run(
    sql`ALTER TABLE \`_flashes_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_flashes_v_version_meta_version_meta_image_idx\` ON \`_flashes_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_flashes_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_flashes_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redirects_id\` integer REFERENCES redirects(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`cover_id\` integer,
  	\`author_id\` integer,
  	\`byline\` text,
  	\`source_name\` text,
  	\`source_url\` text,
  	\`published_at\` text,
  	\`featured\` integer DEFAULT false,
  	\`review_state\` text,
  	\`review_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "slug", "cover_id", "author_id", "byline", "source_name", "source_url", "published_at", "featured", "review_state", "review_note", "updated_at", "created_at", "_status") SELECT "id", "slug", "cover_id", "author_id", "byline", "source_name", "source_url", "published_at", "featured", "review_state", "review_note", "updated_at", "created_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_featured_idx\` ON \`articles\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_cover_id\` integer,
  	\`version_author_id\` integer,
  	\`version_byline\` text,
  	\`version_source_name\` text,
  	\`version_source_url\` text,
  	\`version_published_at\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_review_state\` text,
  	\`version_review_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_slug", "version_cover_id", "version_author_id", "version_byline", "version_source_name", "version_source_url", "version_published_at", "version_featured", "version_review_state", "version_review_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_cover_id", "version_author_id", "version_byline", "version_source_name", "version_source_url", "version_published_at", "version_featured", "version_review_state", "version_review_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_featured_idx\` ON \`_articles_v\` (\`version_featured\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_flashes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`important\` integer DEFAULT false,
  	\`source_name\` text,
  	\`source_url\` text,
  	\`published_at\` text,
  	\`prices_at_publish\` text,
  	\`votes_bullish\` numeric DEFAULT 0,
  	\`votes_bearish\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_flashes\`("id", "important", "source_name", "source_url", "published_at", "prices_at_publish", "votes_bullish", "votes_bearish", "updated_at", "created_at", "_status") SELECT "id", "important", "source_name", "source_url", "published_at", "prices_at_publish", "votes_bullish", "votes_bearish", "updated_at", "created_at", "_status" FROM \`flashes\`;`,
  )
  await db.run(sql`DROP TABLE \`flashes\`;`)
  await db.run(sql`ALTER TABLE \`__new_flashes\` RENAME TO \`flashes\`;`)
  await db.run(sql`CREATE INDEX \`flashes_important_idx\` ON \`flashes\` (\`important\`);`)
  await db.run(sql`CREATE INDEX \`flashes_published_at_idx\` ON \`flashes\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`flashes_updated_at_idx\` ON \`flashes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`flashes_created_at_idx\` ON \`flashes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`flashes__status_idx\` ON \`flashes\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_1_idx\` ON \`flashes\` (\`_status\`,\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`important_publishedAt_idx\` ON \`flashes\` (\`important\`,\`published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__flashes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_important\` integer DEFAULT false,
  	\`version_source_name\` text,
  	\`version_source_url\` text,
  	\`version_published_at\` text,
  	\`version_prices_at_publish\` text,
  	\`version_votes_bullish\` numeric DEFAULT 0,
  	\`version_votes_bearish\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`flashes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__flashes_v\`("id", "parent_id", "version_important", "version_source_name", "version_source_url", "version_published_at", "version_prices_at_publish", "version_votes_bullish", "version_votes_bearish", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_important", "version_source_name", "version_source_url", "version_published_at", "version_prices_at_publish", "version_votes_bullish", "version_votes_bearish", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_flashes_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_flashes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__flashes_v\` RENAME TO \`_flashes_v\`;`)
  await db.run(sql`CREATE INDEX \`_flashes_v_parent_idx\` ON \`_flashes_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_flashes_v_version_version_important_idx\` ON \`_flashes_v\` (\`version_important\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_flashes_v_version_version_published_at_idx\` ON \`_flashes_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_flashes_v_version_version_updated_at_idx\` ON \`_flashes_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_flashes_v_version_version_created_at_idx\` ON \`_flashes_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_flashes_v_version_version__status_idx\` ON \`_flashes_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_flashes_v_created_at_idx\` ON \`_flashes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_flashes_v_updated_at_idx\` ON \`_flashes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_flashes_v_snapshot_idx\` ON \`_flashes_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_flashes_v_published_locale_idx\` ON \`_flashes_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_flashes_v_latest_idx\` ON \`_flashes_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_1_idx\` ON \`_flashes_v\` (\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_important_version_publishedAt_idx\` ON \`_flashes_v\` (\`version_important\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`flashes_id\` integer,
  	\`tags_id\` integer,
  	\`flash_categories_id\` integer,
  	\`flash_votes_id\` integer,
  	\`coins_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`watchlists_id\` integer,
  	\`bookmarks_id\` integer,
  	\`leases_id\` integer,
  	\`search_documents_id\` integer,
  	\`article_views_id\` integer,
  	\`api_keys_id\` integer,
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	\`audit_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flashes_id\`) REFERENCES \`flashes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flash_categories_id\`) REFERENCES \`flash_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flash_votes_id\`) REFERENCES \`flash_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`coins_id\`) REFERENCES \`coins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`watchlists_id\`) REFERENCES \`watchlists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookmarks_id\`) REFERENCES \`bookmarks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leases_id\`) REFERENCES \`leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_documents_id\`) REFERENCES \`search_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_views_id\`) REFERENCES \`article_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "flashes_id", "tags_id", "flash_categories_id", "flash_votes_id", "coins_id", "media_id", "users_id", "watchlists_id", "bookmarks_id", "leases_id", "search_documents_id", "article_views_id", "api_keys_id", "webhooks_id", "webhook_deliveries_id", "audit_events_id") SELECT "id", "order", "parent_id", "path", "articles_id", "flashes_id", "tags_id", "flash_categories_id", "flash_votes_id", "coins_id", "media_id", "users_id", "watchlists_id", "bookmarks_id", "leases_id", "search_documents_id", "article_views_id", "api_keys_id", "webhooks_id", "webhook_deliveries_id", "audit_events_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_flashes_id_idx\` ON \`payload_locked_documents_rels\` (\`flashes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_flash_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`flash_categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_flash_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`flash_votes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_coins_id_idx\` ON \`payload_locked_documents_rels\` (\`coins_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_watchlists_id_idx\` ON \`payload_locked_documents_rels\` (\`watchlists_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_bookmarks_id_idx\` ON \`payload_locked_documents_rels\` (\`bookmarks_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`leases_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_search_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`search_documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_article_views_id_idx\` ON \`payload_locked_documents_rels\` (\`article_views_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`meta_title\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`meta_description\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_meta_title\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_meta_description\`;`)
  await db.run(sql`ALTER TABLE \`flashes_locales\` DROP COLUMN \`meta_title\`;`)
  await db.run(sql`ALTER TABLE \`flashes_locales\` DROP COLUMN \`meta_description\`;`)
  await db.run(sql`ALTER TABLE \`_flashes_v_locales\` DROP COLUMN \`version_meta_title\`;`)
  await db.run(sql`ALTER TABLE \`_flashes_v_locales\` DROP COLUMN \`version_meta_description\`;`)
}
