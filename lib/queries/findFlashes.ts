import type { Payload, TypedUser, Where } from 'payload'

import { documentId, documentIds } from '@/lib/db/documentId'
import { showsOnlyWrittenVersions } from '@/lib/i18n/contentLocalization'
import type { TLocale } from '@/lib/i18n/locales'
import { cardReadsOf } from './cardReads'
import {
  CARD_POPULATE,
  coinRefOf,
  imageOf,
  type TCoinRef,
  type TImage,
  type TLinkedFlashesQuery,
} from './cards'
import { encodeCursor, type TFeedCursor } from './cursor'
import {
  coinNameZhIn,
  localeValues,
  readLocaleFor,
  tagNameIn,
  textIn,
  valuesRead,
} from './editions'
import { beforeCursor } from './findFeed'
import { findAsVisitor } from './readAsVisitor'

/** One 快讯 as the portal shows it, its texts already in the edition. */
export type TFlashItem = {
  id: string
  title: string | null
  text: string
  important: boolean
  publishedAt: string | null
  updatedAt: string | null
  source: { name: string | null; url: string | null } | null
  coins: TCoinRef[]
  /** The price of each linked coin when the flash went live, by coin id (发布后涨跌). */
  pricesAtPublish: Record<string, number>
  categories: TFlashCategory[]
}

export type TFlashCategory = { id: string; slug: string; name: string }

export type TFlashPage = { items: TFlashItem[]; nextCursor: string | null }

/** What the timeline shows: everything, only 重要, or one category. */
export type TFlashFilter =
  { kind: 'all' } | { kind: 'important' } | { kind: 'category'; category: TFlashCategory }

export const FLASH_PAGE_SIZE = 30

const FLASH_SELECT = {
  title: true,
  text: true,
  important: true,
  publishedAt: true,
  updatedAt: true,
  source: true,
  coins: true,
  categories: true,
  pricesAtPublish: true,
} as const

const FLASH_POPULATE = {
  coins: { symbol: true, name: true, nameZh: true, marketDataId: true },
  'flash-categories': { name: true, slug: true },
} as const

/**
 * The condition that keeps a flash in an edition: English shows only flashes an editor wrote in
 * English (read in `en`, `exists` tests that locale's text).
 */
function flashEditionWhere(locale: TLocale, conditions: Where[]): Where {
  if (!showsOnlyWrittenVersions(locale)) return { and: conditions }
  return { and: [...conditions, { text: { exists: true } }, { text: { not_equals: '' } }] }
}

function filterWhere(payload: Payload, filter: TFlashFilter): Where[] {
  if (filter.kind === 'important') return [{ important: { equals: true } }]
  if (filter.kind === 'category')
    return [{ categories: { in: documentIds([filter.category.id], payload) } }]
  return []
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** A row of payload.find (made in readLocaleFor(locale)) as the edition shows it. */
export function flashItemOf(row: Record<string, unknown>, locale: TLocale): TFlashItem {
  const title = textIn(locale, valuesRead(row.title, locale))
  const source = isObject(row.source) ? row.source : null
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)
  return {
    id: String(row.id),
    title: title === '' ? null : title,
    text: textIn(locale, valuesRead(row.text, locale)) ?? '',
    important: row.important === true,
    publishedAt: typeof row.publishedAt === 'string' ? row.publishedAt : null,
    updatedAt: typeof row.updatedAt === 'string' ? row.updatedAt : null,
    source: source && text(source.url) ? { name: text(source.name), url: text(source.url) } : null,
    coins: (Array.isArray(row.coins) ? row.coins : []).flatMap((coin) => {
      const ref = coinRefOf(coin)
      return ref ? [{ ...ref, nameZh: coinNameZhIn(locale, ref.nameZh) }] : []
    }),
    pricesAtPublish: isObject(row.pricesAtPublish)
      ? Object.fromEntries(
          Object.entries(row.pricesAtPublish).filter(
            (entry): entry is [string, number] => typeof entry[1] === 'number',
          ),
        )
      : {},
    categories: (Array.isArray(row.categories) ? row.categories : []).flatMap((category) =>
      isObject(category) && typeof category.slug === 'string'
        ? [
            {
              id: String(category.id),
              slug: category.slug,
              name: tagNameIn(locale, valuesRead(category.name, locale), category.slug),
            },
          ]
        : [],
    ),
  }
}

/** Flashes as the edition shows them, newest first unless `oldestFirst`. */
async function findFlashRows(
  payload: Payload,
  locale: TLocale,
  where: Where,
  limit: number,
  oldestFirst = false,
) {
  const found = await payload.find({
    collection: 'flashes',
    where,
    sort: oldestFirst ? ['publishedAt', 'id'] : ['-publishedAt', '-id'],
    limit,
    pagination: false,
    depth: 1,
    locale: readLocaleFor(locale),
    select: FLASH_SELECT,
    populate: FLASH_POPULATE,
    overrideAccess: false,
  })
  return found.docs.map((doc) => flashItemOf(doc as unknown as Record<string, unknown>, locale))
}

/** A page of the timeline, newest first, and the cursor of the next page (null at the end). */
export async function findFlashPage({
  payload,
  locale,
  filter = { kind: 'all' },
  cursor,
  limit = FLASH_PAGE_SIZE,
}: {
  payload: Payload
  locale: TLocale
  filter?: TFlashFilter
  cursor?: TFeedCursor
  limit?: number
}): Promise<TFlashPage> {
  const conditions: Where[] = [{ publishedAt: { exists: true } }, ...filterWhere(payload, filter)]
  if (cursor) conditions.push(beforeCursor(payload, cursor))
  const rows = await findFlashRows(
    payload,
    locale,
    flashEditionWhere(locale, conditions),
    limit + 1,
  )
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null }
}

/**
 * 快讯 linked to any of the coins, newest first, strictly before `before` (at or before its time
 * when it names no id): on SQLite the page's ids come from one statement (cardReads) and only they
 * are read through Payload; `portable` reads as MongoDB does.
 */
export async function findLinkedFlashes(
  payload: Payload,
  query: TLinkedFlashesQuery,
  { portable = false } = {},
): Promise<TFlashItem[]> {
  const { locale, coinIds, before, limit } = query
  const coins = documentIds(coinIds, payload)
  if (coins.length === 0) return []
  const reads = await cardReadsOf(payload, { portable })
  const ids = await reads.linkedFlashIds(query)
  if (ids) {
    if (ids.length === 0) return []
    return findFlashRows(payload, locale, { id: { in: documentIds(ids, payload) } }, ids.length)
  }
  const conditions: Where[] = [{ publishedAt: { exists: true } }, { coins: { in: coins } }]
  if (before?.id !== undefined) conditions.push(beforeCursor(payload, { ...before, id: before.id }))
  else if (before)
    conditions.push({ publishedAt: { less_than_equal: before.publishedAt.toISOString() } })
  return findFlashRows(payload, locale, flashEditionWhere(locale, conditions), limit)
}

/** One published flash of the edition, or null (unknown id, a draft, no English version). */
export async function findFlashById(
  payload: Payload,
  id: string,
  locale: TLocale,
): Promise<TFlashItem | null> {
  const known = documentId(id, payload)
  if (known === null) return null
  const rows = await findFlashRows(
    payload,
    locale,
    flashEditionWhere(locale, [{ id: { equals: known } }]),
    1,
  )
  return rows[0] ?? null
}

/**
 * The latest draft of one flash for a staff user in draft mode (its live preview); the user's
 * own access rules apply. Never cached: only app/(frontend)/[edition]/flash/[id] asks, in draft
 * mode, which no cache stores.
 */
export async function findFlashDraftById(
  payload: Payload,
  id: string,
  locale: TLocale,
  user: TypedUser,
): Promise<TFlashItem | null> {
  const known = documentId(id, payload)
  if (known === null) return null
  const found = await payload.find({
    collection: 'flashes',
    where: { id: { equals: known } },
    limit: 1,
    pagination: false,
    depth: 1,
    draft: true,
    locale: readLocaleFor(locale),
    select: FLASH_SELECT,
    populate: FLASH_POPULATE,
    overrideAccess: false,
    user,
  })
  const row = found.docs[0]
  return row ? flashItemOf(row as unknown as Record<string, unknown>, locale) : null
}

/** A 快讯's 搜索与分享 override in the edition (null parts: none written). */
export type TFlashSeo = { title: string | null; description: string | null; image: TImage | null }

/**
 * The 搜索与分享 override of one published flash, for its permalink's metadata only (the lists
 * never need it). zh-TW converts zh-CN's texts where it has none of its own.
 */
export async function findFlashSeo(
  payload: Payload,
  id: string,
  locale: TLocale,
): Promise<TFlashSeo | null> {
  const known = documentId(id, payload)
  if (known === null) return null
  const found = await payload.find({
    collection: 'flashes',
    where: { id: { equals: known } },
    limit: 1,
    pagination: false,
    depth: 1,
    locale: readLocaleFor(locale),
    select: { meta: true },
    populate: { media: CARD_POPULATE.media },
    overrideAccess: false,
  })
  const meta = (found.docs[0] as { meta?: Record<string, unknown> } | undefined)?.meta
  if (!meta) return null
  const text = (field: string) => textIn(locale, valuesRead(meta[field], locale))?.trim() || null
  return {
    title: text('title'),
    description: text('description'),
    image: imageOf(meta.image, 'article'),
  }
}

/** The flashes just before and after one (older and newer), for the permalink's 上一条 / 下一条. */
export async function findFlashNeighbours(
  payload: Payload,
  flash: Pick<TFlashItem, 'id' | 'publishedAt'>,
  locale: TLocale,
): Promise<{ older: TFlashItem | null; newer: TFlashItem | null }> {
  const id = documentId(flash.id, payload)
  if (id === null || !flash.publishedAt) return { older: null, newer: null }
  const at = flash.publishedAt
  const older = await findFlashRows(
    payload,
    locale,
    flashEditionWhere(locale, [beforeCursor(payload, { publishedAt: new Date(at), id: flash.id })]),
    1,
  )
  const newer = await findFlashRows(
    payload,
    locale,
    flashEditionWhere(locale, [
      { publishedAt: { greater_than_equal: at } },
      { or: [{ publishedAt: { greater_than: at } }, { id: { greater_than: id } }] },
    ]),
    1,
    true,
  )
  return { older: older[0] ?? null, newer: newer[0] ?? null }
}

/** The categories, in chip order, named in the edition. */
export async function findFlashCategories(
  payload: Payload,
  locale: TLocale,
): Promise<TFlashCategory[]> {
  const { docs } = await findAsVisitor(payload, 'flash-categories', {
    where: {},
    sort: ['order', 'id'],
    limit: 100,
    pagination: false,
    select: { name: true, slug: true },
  })
  return docs.map((doc) => ({
    id: String(doc.id),
    slug: String(doc.slug),
    name: tagNameIn(locale, localeValues(doc.name), String(doc.slug)),
  }))
}

/**
 * Whether a cursor names a published flash of the edition at exactly its time, as every cursor
 * the portal writes does; a made-up one is answered but its page is not kept (see
 * findCursorArticle.ts). With `coinId`, the flash must also be linked to that coin (a page of the
 * coin's 快讯, findCoinPage.ts).
 */
export async function cursorNamesFlash(
  payload: Payload,
  cursor: TFeedCursor,
  locale: TLocale,
  { coinId }: { coinId?: string } = {},
): Promise<boolean> {
  const id = documentId(cursor.id, payload)
  if (id === null) return false
  const coins = coinId === undefined ? null : documentIds([coinId], payload)
  if (coins?.length === 0) return false
  const { docs } = await findAsVisitor(payload, 'flashes', {
    where: flashEditionWhere(locale, [
      { id: { equals: id } },
      { publishedAt: { equals: cursor.publishedAt.toISOString() } },
      ...(coins ? [{ coins: { in: coins } }] : []),
    ]),
    locale,
    limit: 1,
    pagination: false,
    select: { id: true },
  })
  return docs.length > 0
}

/**
 * The newest `limit` published flashes for the sitemap: id and times, and whether each has an
 * English version (its page exists in the English edition too).
 */
export async function findFlashSitemapEntries(payload: Payload, limit: number) {
  const found = await payload.find({
    collection: 'flashes',
    where: { publishedAt: { exists: true } },
    sort: ['-publishedAt', '-id'],
    limit,
    pagination: false,
    depth: 0,
    select: { publishedAt: true, updatedAt: true },
    overrideAccess: false,
  })
  const ids = found.docs.map((doc) => doc.id)
  const english =
    ids.length === 0
      ? { docs: [] }
      : await payload.find({
          collection: 'flashes',
          where: flashEditionWhere('en', [{ id: { in: ids } }]),
          locale: 'en',
          limit: ids.length,
          pagination: false,
          depth: 0,
          select: { publishedAt: true },
          overrideAccess: false,
        })
  const written = new Set(english.docs.map((doc) => String(doc.id)))
  return found.docs.map((doc) => ({
    id: String(doc.id),
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt ?? null,
    english: written.has(String(doc.id)),
  }))
}
