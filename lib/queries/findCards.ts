import type { Payload, PayloadRequest, Where } from 'payload'

import type { Article } from '@/payload-types'
import { CARD_POPULATE, CARD_SELECT, toCard, type TArticleCard, type TCardRow } from './cards'
import { findAsVisitor, visitorRequest } from './readAsVisitor'
import {
  readCovers,
  readRelations,
  sqliteClientFor,
  type TSqliteClient,
} from '@/lib/db/sqliteCardParts'

type TCardQuery = {
  payload: Payload
  /**
   * Tags the caller has already read as a visitor: the category tabs, which are every tag. The
   * portable reads look a card's tags up here first, so a feed page, which reads the tabs anyway,
   * asks for tags only if one is missing (say, the tabs were read before it was created). On
   * SQLite the tags come with the relations, in the same statement.
   */
  knownTags?: { id: string; name: string; slug: string }[]
  where: Where
  sort?: string[]
  limit: number
  page?: number
  pagination?: boolean
  /** Read only through Payload's adapter API, as on MongoDB, even on SQLite (tests compare both). */
  portable?: boolean
}

type TIds = (number | string)[]

const idsOf = (values: unknown[]): TIds => [
  ...new Set(
    values.filter((value): value is number | string => ['number', 'string'].includes(typeof value)),
  ),
]

const byId = (docs: { id: number | string }[]) =>
  new Map<string, unknown>(docs.map((doc) => [String(doc.id), doc]))

/** Tags or coins among `ids` that a visitor may read; nothing is asked for no ids. */
async function findNamed(
  payload: Payload,
  collection: 'tags' | 'coins',
  ids: TIds,
  visitor: PayloadRequest,
) {
  if (ids.length === 0) return new Map<string, unknown>()
  const { docs } = await findAsVisitor(payload, collection, {
    visitor,
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    select: CARD_POPULATE[collection],
  })
  return byId(docs)
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

/** The cards' tags: those in `knownTags`, and the rest read from the database. */
async function findTags(
  payload: Payload,
  ids: TIds,
  visitor: PayloadRequest,
  knownTags: TCardQuery['knownTags'] = [],
) {
  const known = new Map<string, unknown>(knownTags.map((tag) => [tag.id, tag]))
  const missing = ids.filter((id) => !known.has(String(id)))
  const found = await findNamed(payload, 'tags', missing, visitor)
  return new Map([...known, ...found])
}

/** The card fields without the relations, for when SQL looks those up (sqliteCardParts). */
const { tags: _tags, coins: _coins, ...CARD_SCALARS } = CARD_SELECT

/** Reads what the rows refer to; returns how to turn each row into its card. */
type TLookups = (rows: TCardRow[]) => Promise<(row: TCardRow) => TArticleCard>

/** Tags, coins and covers through Payload: one adapter query per collection, as on MongoDB. */
const portableLookups =
  (payload: Payload, visitor: PayloadRequest, knownTags: TCardQuery['knownTags']): TLookups =>
  async (rows) => {
    const [tags, coins, covers] = await Promise.all([
      findTags(payload, idsOf(rows.flatMap((row) => row.tags ?? [])), visitor, knownTags),
      findNamed(payload, 'coins', idsOf(rows.flatMap((row) => row.coins ?? [])), visitor),
      findCovers(payload, idsOf(rows.map((row) => row.cover))),
    ])
    const lookUp = (found: Map<string, unknown>, ref: unknown) => found.get(String(ref))
    return (row) =>
      toCard({
        ...row,
        tags: (row.tags ?? []).map((ref) => lookUp(tags, ref)) as Article['tags'],
        coins: (row.coins ?? []).map((ref) => lookUp(coins, ref)) as Article['coins'],
        cover: lookUp(covers, row.cover) as Article['cover'],
      })
  }

/** The same from SQLite in two statements (sqliteCardParts). */
const sqliteLookupsWith =
  (client: TSqliteClient): TLookups =>
  async (rows) => {
    const [relations, covers] = await Promise.all([
      readRelations(
        client,
        rows.map((row) => row.id),
      ),
      readCovers(client, idsOf(rows.map((row) => row.cover))),
    ])
    return (row) => ({
      ...toCard({ ...row, tags: [], coins: [], cover: null }),
      ...relations.get(String(row.id)),
      cover: covers.get(String(row.cover)) ?? null,
    })
  }

/** Cards for article rows read with SQL (sqliteFeed), their parts looked up the same way. */
export async function sqliteCards(client: TSqliteClient, rows: TCardRow[]) {
  return rows.map(await sqliteLookupsWith(client)(rows))
}

/**
 * Articles as cards: the articles, then their tags, coins and covers, all as an anonymous visitor
 * may read them. On SQLite the look-ups are two SQL statements (sqliteCardParts); elsewhere one
 * adapter query per collection (none for tags the caller already has). The same cards as
 * `payload.find` with `depth: 1` and CARD_POPULATE, whose populate runs every relation of every
 * article through Payload's read pipeline one by one: this is on every cache miss of a feed, tag
 * or article page.
 */
export async function findCards({ payload, knownTags, portable, ...query }: TCardQuery) {
  const visitor = await visitorRequest(payload)
  const sqlite = portable ? null : await sqliteClientFor(payload, visitor)
  const result = await findAsVisitor(payload, 'articles', {
    ...query,
    select: sqlite ? CARD_SCALARS : CARD_SELECT,
    visitor,
  })
  const rows = result.docs as TCardRow[]
  const lookups = sqlite ? sqliteLookupsWith(sqlite) : portableLookups(payload, visitor, knownTags)
  const cards = rows.map(await lookups(rows))
  return { cards, totalPages: result.totalPages }
}
