import { existsSync } from 'node:fs'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'

/** What a generated dataset (npm run seed:large) holds; zeros when there is no file or schema. */
export type TGeneratedCounts = {
  /** Articles whose slug starts with bulk- (scripts/largeDataset/article.ts). */
  articles: number
  /** 快讯 whose source name starts with bulk-flash-. */
  flashes: number
  /** Coins whose provider id starts with bulk-coin- (seed:large --coins). */
  coins: number
  /** Generated articles without any coin: coins were not spread over them (--coins links 1–3). */
  articlesWithoutCoins: number
}

const COUNTS = `select
  (select count(*) from articles where slug like 'bulk-%') as articles,
  (select count(*) from flashes where source_name like 'bulk-flash-%') as flashes,
  (select count(*) from coins where market_data_id like 'bulk-coin-%') as coins,
  (select count(*) from articles a where a.slug like 'bulk-%' and not exists
    (select 1 from articles_rels r where r.parent_id = a.id and r.path = 'coins'))
    as articlesWithoutCoins`

/**
 * How many generated rows a SQLite file holds, read without starting Payload (which would migrate
 * and seed it).
 */
export async function countGeneratedInFile(file: string): Promise<TGeneratedCounts> {
  const none = { articles: 0, flashes: 0, coins: 0, articlesWithoutCoins: 0 }
  if (!existsSync(file)) return none
  const { $client } = drizzle({ connection: { url: `file:${file}` } })
  try {
    const row = (await $client.execute(COUNTS)).rows[0]
    return {
      articles: Number(row?.articles ?? 0),
      flashes: Number(row?.flashes ?? 0),
      coins: Number(row?.coins ?? 0),
      articlesWithoutCoins: Number(row?.articlesWithoutCoins ?? 0),
    }
  } catch {
    return none
  } finally {
    $client.close()
  }
}
