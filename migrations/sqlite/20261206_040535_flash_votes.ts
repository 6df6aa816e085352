import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`flash_votes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`flash_id\` integer NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`vote\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`flash_id\`) REFERENCES \`flashes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`flash_votes_flash_idx\` ON \`flash_votes\` (\`flash_id\`);`)
  await db.run(sql`CREATE INDEX \`flash_votes_user_idx\` ON \`flash_votes\` (\`user_id\`);`)
  await db.run(
    sql`CREATE INDEX \`flash_votes_updated_at_idx\` ON \`flash_votes\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`flash_votes_created_at_idx\` ON \`flash_votes\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`flash_user_idx\` ON \`flash_votes\` (\`flash_id\`,\`user_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`flashes\` ADD \`votes_bullish\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`flashes\` ADD \`votes_bearish\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_flashes_v\` ADD \`version_votes_bullish\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_flashes_v\` ADD \`version_votes_bearish\` numeric DEFAULT 0;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`flash_votes_id\` integer REFERENCES flash_votes(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_flash_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`flash_votes_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`flash_votes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`flashes_id\` integer,
  	\`tags_id\` integer,
  	\`flash_categories_id\` integer,
  	\`coins_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`watchlists_id\` integer,
  	\`bookmarks_id\` integer,
  	\`leases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flashes_id\`) REFERENCES \`flashes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flash_categories_id\`) REFERENCES \`flash_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`coins_id\`) REFERENCES \`coins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`watchlists_id\`) REFERENCES \`watchlists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookmarks_id\`) REFERENCES \`bookmarks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leases_id\`) REFERENCES \`leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "flashes_id", "tags_id", "flash_categories_id", "coins_id", "media_id", "users_id", "watchlists_id", "bookmarks_id", "leases_id") SELECT "id", "order", "parent_id", "path", "articles_id", "flashes_id", "tags_id", "flash_categories_id", "coins_id", "media_id", "users_id", "watchlists_id", "bookmarks_id", "leases_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_flashes_id_idx\` ON \`payload_locked_documents_rels\` (\`flashes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_flash_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`flash_categories_id\`);`,
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
  await db.run(sql`ALTER TABLE \`flashes\` DROP COLUMN \`votes_bullish\`;`)
  await db.run(sql`ALTER TABLE \`flashes\` DROP COLUMN \`votes_bearish\`;`)
  await db.run(sql`ALTER TABLE \`_flashes_v\` DROP COLUMN \`version_votes_bullish\`;`)
  await db.run(sql`ALTER TABLE \`_flashes_v\` DROP COLUMN \`version_votes_bearish\`;`)
}
