import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`_verified\` integer;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`_verificationtoken\` text;`)
  await db.run(
    sql`CREATE INDEX \`users__verificationtoken_idx\` ON \`users\` (\`_verificationtoken\`);`,
  )
  // Accounts made before verification existed were never asked to verify: they stay able to log
  // in when EMAIL_VERIFICATION is turned on.
  await db.run(sql`UPDATE \`users\` SET \`_verified\` = 1;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users__verificationtoken_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`_verified\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`_verificationtoken\`;`)
}
