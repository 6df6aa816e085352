import type { Payload, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'
import type { Article } from '@/payload-types'
import {
  CARD_POPULATE,
  CARD_SELECT,
  distinctIds,
  toCard,
  type TCardReads,
  type TRawCardRow,
  type TTab,
} from './cards'
import { cardRowIn, coinNameZhIn, localeValues, tagNameIn } from './editions'
import { findAsVisitor, visitorRequest } from './readAsVisitor'

type TIds = (number | string)[]

type TDoc = Record<string, unknown> & { id: number | string }

const byId = (docs: { id: number | string }[]) =>
  new Map<string, unknown>(docs.map((doc) => [String(doc.id), doc]))

/** A tag as read (names by locale) with its name in the edition. */
const tagIn = (locale: TLocale, tag: TDoc) => ({
  ...tag,
  name: tagNameIn(locale, localeValues(tag.name), String(tag.slug ?? '')),
})

/** A coin with its Chinese name in the edition. */
const coinIn = (locale: TLocale, coin: TDoc) => ({
  ...coin,
  nameZh: coinNameZhIn(locale, coin.nameZh),
})

/** Tags or coins among `ids` that a visitor may read; nothing is asked for no ids. */
async function findNamed(
  payload: Payload,
  collection: 'tags' | 'coins',
  ids: TIds,
  visitor: PayloadRequest,
  locale: TLocale,
) {
  if (ids.length === 0) return new Map<string, unknown>()
  const { docs } = await findAsVisitor(payload, collection, {
    visitor,
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    select: CARD_POPULATE[collection],
  })
  return byId(docs.map((doc) => (collection === 'tags' ? tagIn(locale, doc) : coinIn(locale, doc))))
}

/**
 * Covers go through Payload's full read: it derives each image's and each size's URL from the
 * configured storage. Few cards have one.
 */
async function findCovers(payload: Payload, ids: TIds) {
  if (ids.length === 0) return new Map<string, unknown>()
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 0,
    select: CARD_POPULATE.media,
    overrideAccess: false,
  })
  return byId(docs)
}

/**
 * The cards' tags: those the caller has already read as a visitor (the category tabs, which are
 * every tag), and the rest read from the database. So a feed page, which reads the tabs anyway,
 * asks for tags only if one is missing (say, the tabs were read before it was created).
 */
async function findTags(
  payload: Payload,
  ids: TIds,
  visitor: PayloadRequest,
  { locale, knownTags }: { locale: TLocale; knownTags: TTab[] },
) {
  const known = new Map<string, unknown>(knownTags.map((tag) => [tag.id, tag]))
  const missing = ids.filter((id) => !known.has(String(id)))
  const found = await findNamed(payload, 'tags', missing, visitor, locale)
  return new Map([...known, ...found])
}

/**
 * Tags, coins and covers through Payload: one adapter query per collection. `knownTags` must be
 * the tabs of the same edition (their names are taken as they are).
 */
async function toCards(
  payload: Payload,
  rows: TRawCardRow[],
  {
    locale,
    knownTags = [],
    visitor,
  }: { locale: TLocale; knownTags?: TTab[]; visitor?: PayloadRequest },
) {
  const asVisitor = visitor ?? (await visitorRequest(payload))
  const tagIds = distinctIds(rows.flatMap((row) => row.tags ?? []))
  const coinIds = distinctIds(rows.flatMap((row) => row.coins ?? []))
  const [tags, coins, covers] = await Promise.all([
    findTags(payload, tagIds, asVisitor, { locale, knownTags }),
    findNamed(payload, 'coins', coinIds, asVisitor, locale),
    findCovers(payload, distinctIds(rows.map((row) => row.cover))),
  ])
  const lookUp = (found: Map<string, unknown>, ref: unknown) => found.get(String(ref))
  return rows.map((row) =>
    toCard({
      ...cardRowIn(locale, row),
      tags: (row.tags ?? []).map((ref) => lookUp(tags, ref)) as Article['tags'],
      coins: (row.coins ?? []).map((ref) => lookUp(coins, ref)) as Article['coins'],
      cover: lookUp(covers, row.cover) as Article['cover'],
    }),
  )
}

/**
 * The category tabs as a visitor may read them, named in the edition. Every edition orders them
 * alike, by the editors' order and then the zh-CN name, so a tab keeps its place across editions.
 */
async function findTabs(payload: Payload, locale: TLocale): Promise<TTab[]> {
  const result = await findAsVisitor(payload, 'tags', {
    where: {},
    sort: ['order', 'name'],
    locale: DEFAULT_LOCALE,
    limit: 100,
    pagination: false,
    select: { name: true, slug: true },
  })
  return result.docs.map((tag) => ({
    id: String(tag.id),
    name: tagIn(locale, tag).name,
    slug: String(tag.slug),
  }))
}

/**
 * The card reads through Payload's adapter API, the same calls on MongoDB and SQLite: the read
 * rules are asked for every read, and the feed's articles are read by findCards like any list.
 */
export function portableCardReads(payload: Payload): TCardReads {
  return {
    tabs: (locale) => findTabs(payload, locale),
    articleSelect: CARD_SELECT,
    toCards: (rows, options) => toCards(payload, rows, options),
    feedRows: async () => null,
    linkedFlashIds: async () => null,
  }
}
