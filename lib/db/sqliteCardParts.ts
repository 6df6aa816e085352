import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { imageOf, type TArticleCard, type TImage, type TTab } from '@/lib/queries/cards'

/**
 * The small look-ups of a card render (tabs, each card's tags and coins, covers) as plain SQL on
 * the embedded SQLite database. Payload's adapter builds each query through drizzle's relational
 * builder and transforms every row field by field: for these few-row reads that costs ~5× the
 * query itself, and it was a third of an uncached feed render's CPU. They apply the visitor's read
 * rules: every tag and coin, images marked visible (sqliteReads.ts uses them only while those are
 * the rules).
 */

export type TSqliteClient = SQLiteAdapter['client']
type TId = number | string
type TCardRelations = Pick<TArticleCard, 'tags' | 'coins'>

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value))

/** Each article's tags and coins, in the order the editor set, with their names. */
export async function readRelations(client: TSqliteClient, articleIds: TId[]) {
  const byArticle = new Map<string, TCardRelations>()
  for (const id of articleIds) byArticle.set(String(id), { tags: [], coins: [] })
  if (articleIds.length === 0) return byArticle
  const { rows } = await client.execute({
    sql: `select r.parent_id, r.path, t.name as tag_name, t.slug as tag_slug,
        c.id as coin_id, c.symbol, c.name as coin_name, c.market_data_id
      from articles_rels r
      left join tags t on r.path = 'tags' and t.id = r.tags_id
      left join coins c on r.path = 'coins' and c.id = r.coins_id
      where r.parent_id in (${placeholders(articleIds.length)}) and r.path in ('tags', 'coins')
      order by r.parent_id, r."order"`,
    args: articleIds,
  })
  for (const row of rows) {
    const relations = byArticle.get(String(row.parent_id))
    if (!relations) continue
    if (row.path === 'tags' && row.tag_slug !== null) {
      relations.tags.push({ name: text(row.tag_name), slug: text(row.tag_slug) })
    } else if (row.path === 'coins' && row.coin_id !== null) {
      relations.coins.push({
        id: String(row.coin_id),
        symbol: text(row.symbol),
        name: text(row.coin_name),
        marketDataId: text(row.market_data_id),
      })
    }
  }
  return byArticle
}

/**
 * Covers at the card size, or the original when the image is smaller than that size; only images
 * a visitor may read (VISIBLE_MEDIA_ONLY in collections/access.ts). The URLs
 * are the ones Payload stored when the file was uploaded (its beforeChange hook); its afterRead
 * hook derives the same path from the filename, so both reads agree (the int test checks it).
 */
export async function readCovers(client: TSqliteClient, mediaIds: TId[]) {
  const covers = new Map<string, TImage>()
  if (mediaIds.length === 0) return covers
  const { rows } = await client.execute({
    sql: `select id, alt, url, width, height, sizes_card_url, sizes_card_width, sizes_card_height
      from media where id in (${placeholders(mediaIds.length)}) and visible_to_visitors = 1`,
    args: mediaIds,
  })
  for (const row of rows) {
    const cover = imageOf(
      {
        url: row.url,
        alt: row.alt,
        width: row.width,
        height: row.height,
        sizes: {
          card: {
            url: row.sizes_card_url,
            width: row.sizes_card_width,
            height: row.sizes_card_height,
          },
        },
      },
      'card',
    )
    if (cover) covers.set(String(row.id), cover)
  }
  return covers
}

/** Every tag, in the order editors set (the category tabs). */
export async function readTabs(client: TSqliteClient): Promise<TTab[]> {
  const { rows } = await client.execute(
    `select id, name, slug from tags order by "order" asc, name asc limit 100`,
  )
  return rows.map((row) => ({ id: String(row.id), name: text(row.name), slug: text(row.slug) }))
}
