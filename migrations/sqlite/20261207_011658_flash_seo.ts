import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`ALTER TABLE \`flashes_locales\` DROP COLUMN \`meta_title\`;`)
  await db.run(sql`ALTER TABLE \`flashes_locales\` DROP COLUMN \`meta_description\`;`)
  await db.run(sql`ALTER TABLE \`_flashes_v_locales\` DROP COLUMN \`version_meta_title\`;`)
  await db.run(sql`ALTER TABLE \`_flashes_v_locales\` DROP COLUMN \`version_meta_description\`;`)
}
