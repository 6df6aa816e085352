import { createLocalReq, type CollectionSlug, type Payload } from 'payload'

import { PUBLISHED_ONLY, VISIBLE_MEDIA_ONLY } from '@/collections/access'
import type { TLocale } from '@/lib/i18n/locales'
import {
  CARD_SELECT,
  distinctIds,
  toCard,
  type TCardReads,
  type TRawCardRow,
} from '@/lib/queries/cards'
import { cardRowIn } from '@/lib/queries/editions'
import { sqliteAdapterOf } from './kind'
import { readCovers, readRelations, readTabs, type TSqliteClient } from './sqliteCardParts'
import { readFeedRows } from './sqliteFeed'
import { readLinkedFlashIds } from './sqliteLinkedFlashes'

/** The collections whose every row the SQL look-ups read. */
const READ_WHOLE: CollectionSlug[] = ['tags', 'coins']

/**
 * Whether the collections' read rules, asked for a visitor, are the ones the SQL applies: every
 * tag and coin, and the rules' own VISIBLE_MEDIA_ONLY and PUBLISHED_ONLY for images and articles
 * (the same objects, not look-alikes).
 */
async function sqlAppliesTheReadRules(payload: Payload): Promise<boolean> {
  const visitor = await createLocalReq({}, payload)
  const answer = (slug: CollectionSlug) =>
    payload.collections[slug].config.access.read?.({ req: visitor })
  for (const slug of READ_WHOLE) if ((await answer(slug)) !== true) return false
  if ((await answer('media')) !== VISIBLE_MEDIA_ONLY) return false
  return (await answer('articles')) === PUBLISHED_ONLY
}

/** Whether the flashes' read rule, asked for a visitor, is the PUBLISHED_ONLY the SQL applies. */
async function sqlAppliesTheFlashRule(payload: Payload): Promise<boolean> {
  const visitor = await createLocalReq({}, payload)
  return (
    (await payload.collections.flashes.config.access.read?.({ req: visitor })) === PUBLISHED_ONLY
  )
}

/** The card fields without the relations, which the SQL reads with their names. */
const { tags: _tags, coins: _coins, ...CARD_SCALARS } = CARD_SELECT

/** Cards from article rows, their tags, coins and covers read in two statements. */
async function toCards(client: TSqliteClient, rows: TRawCardRow[], locale: TLocale) {
  const [relations, covers] = await Promise.all([
    readRelations(
      client,
      rows.map((row) => row.id),
      locale,
    ),
    readCovers(client, distinctIds(rows.map((row) => row.cover))),
  ])
  return rows.map((row) => ({
    ...toCard({ ...cardRowIn(locale, row), tags: [], coins: [], cover: null }),
    ...relations.get(String(row.id)),
    cover: covers.get(String(row.cover)) ?? null,
  }))
}

/**
 * The card reads as plain SQL (sqliteFeed.ts, sqliteCardParts.ts), or null when they may not
 * answer: on MongoDB, or when a read rule differs from what the SQL applies (then the portable
 * reads ask the rules on every read). lib/queries/cardReads.ts asks this once per Payload instance.
 */
export async function sqliteCardReads(payload: Payload): Promise<TCardReads | null> {
  const client = sqliteAdapterOf(payload)?.client
  if (!client || !(await sqlAppliesTheReadRules(payload))) return null
  const flashRuleApplies = await sqlAppliesTheFlashRule(payload)
  return {
    tabs: (locale) => readTabs(client, locale),
    articleSelect: CARD_SCALARS,
    toCards: (rows, { locale }) => toCards(client, rows, locale),
    feedRows: (query) => readFeedRows(client, query),
    linkedFlashIds: async (query) => (flashRuleApplies ? readLinkedFlashIds(client, query) : null),
  }
}
