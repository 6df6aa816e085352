import type { Payload, PayloadRequest, Where } from 'payload'

import type { Article } from '../../payload-types'
import { CARD_POPULATE, CARD_SELECT, toCard, type TArticleCard, type TCardRow } from './cards'
import { findAsVisitor, visitorRequest } from './readAsVisitor'

type TCardQuery = {
  payload: Payload
  where: Where
  sort?: string[]
  limit: number
  page?: number
  pagination?: boolean
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

/**
 * Articles as cards: the articles, then their tags, coins and covers in one query per collection,
 * all as an anonymous visitor may read them. The same cards as `payload.find` with `depth: 1` and
 * CARD_POPULATE, whose populate runs every relation of every article through Payload's read
 * pipeline one by one: this is on every cache miss of a feed, tag or article page.
 */
export async function findCards({ payload, ...query }: TCardQuery) {
  const visitor = await visitorRequest(payload)
  const result = await findAsVisitor(payload, 'articles', {
    ...query,
    select: CARD_SELECT,
    visitor,
  })
  const rows = result.docs as TCardRow[]
  const [tags, coins, covers] = await Promise.all([
    findNamed(payload, 'tags', idsOf(rows.flatMap((row) => row.tags ?? [])), visitor),
    findNamed(payload, 'coins', idsOf(rows.flatMap((row) => row.coins ?? [])), visitor),
    findCovers(payload, idsOf(rows.map((row) => row.cover))),
  ])
  const lookUp = (found: Map<string, unknown>, ref: unknown) => found.get(String(ref))
  const cards: TArticleCard[] = rows.map((row) =>
    toCard({
      ...row,
      tags: (row.tags ?? []).map((ref) => lookUp(tags, ref)) as Article['tags'],
      coins: (row.coins ?? []).map((ref) => lookUp(coins, ref)) as Article['coins'],
      cover: lookUp(covers, row.cover) as Article['cover'],
    }),
  )
  return { cards, totalPages: result.totalPages }
}
