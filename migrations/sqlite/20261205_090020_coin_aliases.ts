import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`coins_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`coins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`coins_texts_order_parent\` ON \`coins_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`coins\` ADD \`name_zh\` text;`)
  await db.run(sql`ALTER TABLE \`coins\` ADD \`label\` text;`)
  // The admin title of coins stored before this migration (hooks/keepLabel.ts keeps it after).
  await db.run(
    sql`UPDATE \`coins\` SET \`label\` = \`symbol\` || ' · ' || \`name\` WHERE \`label\` IS NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`coins_texts\`;`)
  await db.run(sql`ALTER TABLE \`coins\` DROP COLUMN \`name_zh\`;`)
  await db.run(sql`ALTER TABLE \`coins\` DROP COLUMN \`label\`;`)
}
