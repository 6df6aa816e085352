import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'
import { imageOf, type TArticleCard, type TImage, type TTab } from '@/lib/queries/cards'
import { coinNameZhIn, tagNameIn } from '@/lib/queries/editions'

/**
 * The small look-ups of a card render (tabs, each card's tags and coins, covers) as plain SQL on
 * the embedded SQLite database. Payload's adapter builds each query through drizzle's relational
 * builder and transforms every row field by field: for these few-row reads that costs ~5× the
 * query itself, and it was a third of an uncached feed render's CPU. They apply the visitor's read
 * rules: every tag and coin, images marked visible (sqliteReads.ts uses them only while those are
 * the rules). Names are read in zh-CN and in the edition, and put into the edition by the same
 * rules as the portable reads (lib/queries/editions.ts).
 */

export type TSqliteClient = SQLiteAdapter['client']
type TId = number | string
type TCardRelations = Pick<TArticleCard, 'tags' | 'coins'>

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value))

/**
 * A tag's names, zh-CN (`cn`) and the edition's (`own`), joined from `tags_locales` (its unique
 * (_locale, _parent_id) index finds each); `own` is zh-CN's in the default edition.
 */
const tagNameJoins = (tag: string) => `
  left join tags_locales ${tag}_cn on ${tag}_cn._parent_id = ${tag}.id and ${tag}_cn._locale = ?
  left join tags_locales ${tag}_own on ${tag}_own._parent_id = ${tag}.id and ${tag}_own._locale = ?`

const namedTag = (locale: TLocale, cn: unknown, own: unknown, slug: unknown) =>
  tagNameIn(
    locale,
    { [DEFAULT_LOCALE]: cn, [locale]: locale === DEFAULT_LOCALE ? cn : own },
    text(slug),
  )

/** Each article's tags and coins, in the order the editor set, with their names in the edition. */
export async function readRelations(client: TSqliteClient, articleIds: TId[], locale: TLocale) {
  const byArticle = new Map<string, TCardRelations>()
  for (const id of articleIds) byArticle.set(String(id), { tags: [], coins: [] })
  if (articleIds.length === 0) return byArticle
  const { rows } = await client.execute({
    sql: `select r.parent_id, r.path, t.slug as tag_slug, t_cn.name as tag_cn, t_own.name as tag_own,
        c.id as coin_id, c.symbol, c.name as coin_name, c.name_zh as coin_name_zh, c.market_data_id
      from articles_rels r
      left join tags t on r.path = 'tags' and t.id = r.tags_id ${tagNameJoins('t')}
      left join coins c on r.path = 'coins' and c.id = r.coins_id
      where r.parent_id in (${placeholders(articleIds.length)}) and r.path in ('tags', 'coins')
      order by r.parent_id, r."order"`,
    args: [DEFAULT_LOCALE, locale, ...articleIds],
  })
  for (const row of rows) {
    const relations = byArticle.get(String(row.parent_id))
    if (!relations) continue
    if (row.path === 'tags' && row.tag_slug !== null) {
      relations.tags.push({
        name: namedTag(locale, row.tag_cn, row.tag_own, row.tag_slug),
        slug: text(row.tag_slug),
      })
    } else if (row.path === 'coins' && row.coin_id !== null) {
      relations.coins.push({
        id: String(row.coin_id),
        symbol: text(row.symbol),
        name: text(row.coin_name),
        nameZh: coinNameZhIn(locale, row.coin_name_zh),
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

/**
 * Every tag, in the order editors set (the category tabs), named in the edition; ordered by the
 * zh-CN name after `order` in every edition, as the portable read does.
 */
export async function readTabs(client: TSqliteClient, locale: TLocale): Promise<TTab[]> {
  const { rows } = await client.execute({
    sql: `select t.id, t.slug, t_cn.name as tag_cn, t_own.name as tag_own
      from tags t ${tagNameJoins('t')}
      order by t."order" asc, t_cn.name asc limit 100`,
    args: [DEFAULT_LOCALE, locale],
  })
  return rows.map((row) => ({
    id: String(row.id),
    name: namedTag(locale, row.tag_cn, row.tag_own, row.slug),
    slug: text(row.slug),
  }))
}
