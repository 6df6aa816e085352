import { existsSync } from 'node:fs'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'

/**
 * How many articles' slugs start with `slugPrefix` in a SQLite file, read without starting Payload
 * (which would migrate and seed it); 0 when there is no file or it has no schema yet.
 */
export async function countArticlesInFile(file: string, slugPrefix: string): Promise<number> {
  if (!existsSync(file)) return 0
  const { $client } = drizzle({ connection: { url: `file:${file}` } })
  try {
    const result = await $client.execute({
      sql: 'select count(*) as n from articles where slug like ?',
      args: [`${slugPrefix}%`],
    })
    return Number(result.rows[0]?.n ?? 0)
  } catch {
    return 0
  } finally {
    $client.close()
  }
}
