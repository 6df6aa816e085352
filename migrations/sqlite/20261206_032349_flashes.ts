import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`flashes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`important\` integer DEFAULT false,
  	\`source_name\` text,
  	\`source_url\` text,
  	\`published_at\` text,
  	\`prices_at_publish\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
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
  await db.run(sql`CREATE TABLE \`flashes_locales\` (
  	\`text\` text,
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`flashes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`flashes_locales_locale_parent_id_unique\` ON \`flashes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`flashes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`coins_id\` integer,
  	\`flash_categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`flashes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`coins_id\`) REFERENCES \`coins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flash_categories_id\`) REFERENCES \`flash_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`flashes_rels_order_idx\` ON \`flashes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`flashes_rels_parent_idx\` ON \`flashes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`flashes_rels_path_idx\` ON \`flashes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`flashes_rels_coins_id_idx\` ON \`flashes_rels\` (\`coins_id\`);`)
  await db.run(
    sql`CREATE INDEX \`flashes_rels_flash_categories_id_idx\` ON \`flashes_rels\` (\`flash_categories_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_flashes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_important\` integer DEFAULT false,
  	\`version_source_name\` text,
  	\`version_source_url\` text,
  	\`version_published_at\` text,
  	\`version_prices_at_publish\` text,
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
  await db.run(sql`CREATE TABLE \`_flashes_v_locales\` (
  	\`version_text\` text,
  	\`version_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_flashes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_flashes_v_locales_locale_parent_id_unique\` ON \`_flashes_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_flashes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`coins_id\` integer,
  	\`flash_categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_flashes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`coins_id\`) REFERENCES \`coins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flash_categories_id\`) REFERENCES \`flash_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_flashes_v_rels_order_idx\` ON \`_flashes_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_flashes_v_rels_parent_idx\` ON \`_flashes_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_flashes_v_rels_path_idx\` ON \`_flashes_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_flashes_v_rels_coins_id_idx\` ON \`_flashes_v_rels\` (\`coins_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_flashes_v_rels_flash_categories_id_idx\` ON \`_flashes_v_rels\` (\`flash_categories_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`flash_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`order\` numeric DEFAULT 100 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`flash_categories_slug_idx\` ON \`flash_categories\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`flash_categories_order_idx\` ON \`flash_categories\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`flash_categories_updated_at_idx\` ON \`flash_categories\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`flash_categories_created_at_idx\` ON \`flash_categories\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`flash_categories_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`flash_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`flash_categories_name_idx\` ON \`flash_categories_locales\` (\`name\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`flash_categories_locales_locale_parent_id_unique\` ON \`flash_categories_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`flashes_id\` integer REFERENCES flashes(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`flash_categories_id\` integer REFERENCES flash_categories(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_flashes_id_idx\` ON \`payload_locked_documents_rels\` (\`flashes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_flash_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`flash_categories_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`flashes\`;`)
  await db.run(sql`DROP TABLE \`flashes_locales\`;`)
  await db.run(sql`DROP TABLE \`flashes_rels\`;`)
  await db.run(sql`DROP TABLE \`_flashes_v\`;`)
  await db.run(sql`DROP TABLE \`_flashes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_flashes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`flash_categories\`;`)
  await db.run(sql`DROP TABLE \`flash_categories_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`tags_id\` integer,
  	\`coins_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`watchlists_id\` integer,
  	\`bookmarks_id\` integer,
  	\`leases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`coins_id\`) REFERENCES \`coins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`watchlists_id\`) REFERENCES \`watchlists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookmarks_id\`) REFERENCES \`bookmarks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leases_id\`) REFERENCES \`leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "tags_id", "coins_id", "media_id", "users_id", "watchlists_id", "bookmarks_id", "leases_id") SELECT "id", "order", "parent_id", "path", "articles_id", "tags_id", "coins_id", "media_id", "users_id", "watchlists_id", "bookmarks_id", "leases_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
    sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`,
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
}
