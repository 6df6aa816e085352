import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildSearchIndex } from '@/lib/search/rebuild'

/*
 * Generated, then extended by hand below the generated statements: the FTS5 table that makes a
 * search a look-up on SQLite (lib/db/sqliteSearch.ts). Contentless (the rows' text lives in
 * search_documents), its rowid is the row's rank so that a match list comes out newest first
 * without a sort, and triggers keep it in step with every insert, update and delete, including
 * writers that bypass Payload. Existing articles and flashes are indexed at the end.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`rank\` numeric NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`text\` text,
  	\`title_tokens\` text NOT NULL,
  	\`tokens\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`search_documents_doc_id_idx\` ON \`search_documents\` (\`doc_id\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`search_documents_rank_idx\` ON \`search_documents\` (\`rank\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`search_documents_updated_at_idx\` ON \`search_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`search_documents_created_at_idx\` ON \`search_documents\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`kind_docId_language_idx\` ON \`search_documents\` (\`kind\`,\`doc_id\`,\`language\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_documents_id\` integer REFERENCES search_documents(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_search_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`search_documents_id\`);`,
  )
  await db.run(
    sql`CREATE VIRTUAL TABLE \`search_fts\` USING fts5(scope, title_tokens, tokens, content='', tokenize='unicode61 remove_diacritics 0');`,
  )
  await db.run(sql`CREATE TRIGGER \`search_documents_fts_insert\` AFTER INSERT ON \`search_documents\` BEGIN
    INSERT INTO search_fts(rowid, scope, title_tokens, tokens) VALUES (new.rank, new.kind || new.language, new.title_tokens, new.tokens);
  END;`)
  await db.run(sql`CREATE TRIGGER \`search_documents_fts_delete\` AFTER DELETE ON \`search_documents\` BEGIN
    INSERT INTO search_fts(search_fts, rowid, scope, title_tokens, tokens) VALUES ('delete', old.rank, old.kind || old.language, old.title_tokens, old.tokens);
  END;`)
  await db.run(sql`CREATE TRIGGER \`search_documents_fts_update\` AFTER UPDATE ON \`search_documents\` BEGIN
    INSERT INTO search_fts(search_fts, rowid, scope, title_tokens, tokens) VALUES ('delete', old.rank, old.kind || old.language, old.title_tokens, old.tokens);
    INSERT INTO search_fts(rowid, scope, title_tokens, tokens) VALUES (new.rank, new.kind || new.language, new.title_tokens, new.tokens);
  END;`)
  await rebuildSearchIndex(payload, { req, sqliteDb: db })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_fts\`;`)
  await db.run(sql`DROP TABLE \`search_documents\`;`)
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
  	\`flash_votes_id\` integer,
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
  	FOREIGN KEY (\`flash_votes_id\`) REFERENCES \`flash_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`coins_id\`) REFERENCES \`coins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`watchlists_id\`) REFERENCES \`watchlists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookmarks_id\`) REFERENCES \`bookmarks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leases_id\`) REFERENCES \`leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "flashes_id", "tags_id", "flash_categories_id", "flash_votes_id", "coins_id", "media_id", "users_id", "watchlists_id", "bookmarks_id", "leases_id") SELECT "id", "order", "parent_id", "path", "articles_id", "flashes_id", "tags_id", "flash_categories_id", "flash_votes_id", "coins_id", "media_id", "users_id", "watchlists_id", "bookmarks_id", "leases_id" FROM \`payload_locked_documents_rels\`;`,
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
}
