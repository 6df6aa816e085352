import type { Payload, Where } from 'payload'

import { documentIds, idOfRelation } from '@/lib/db/documentId'
import type { TLocale } from '@/lib/i18n/locales'
import { toTraditional } from '@/lib/i18n/traditional'
import type { TArticleCard, TTab } from '@/lib/queries/cards'
import type { TFeedCursor } from '@/lib/queries/cursor'
import { findCardPageWhere, findFeedPage } from '@/lib/queries/findFeed'
import { authorIdsOf, findCreditAccounts } from '@/lib/queries/findAuthors'
import { bylineCredits } from '@/lib/authors/credits'
import { coinRefOf, imageOf, tagRefOf } from './present'
import type { TApiArticleSummary, TApiAuthor } from './schemas/shapes'
import { articlePath, portalUrl } from './urls'

export type TArticleFilters = {
  tagId?: string
  coinId?: string
  authorId?: string
  since?: Date
  cursor?: TFeedCursor
  limit: number
}

export type TApiArticlePage = { items: TApiArticleSummary[]; nextCursor: string | null }

/**
 * The cards of one page: the feed's own read (lib/queries/findFeed.ts, one SQL statement on
 * SQLite) when only a tag or a coin narrows it, else the same findCards read with the author's and
 * the time's conditions added (as the author pages read, lib/queries/findAuthorArticles.ts).
 * Everything through the articles' read rule as a visitor: drafts never appear.
 */
async function findPageCards(
  payload: Payload,
  locale: TLocale,
  filters: TArticleFilters,
  knownTags: TTab[],
): Promise<{ items: TArticleCard[]; nextCursor: string | null }> {
  const { tagId, coinId, authorId, since, cursor, limit } = filters
  if (!authorId && !since)
    return findFeedPage({
      payload,
      locale,
      tagId,
      coinIds: coinId ? [coinId] : undefined,
      cursor,
      limit,
      knownTags,
    })
  const conditions: Where[] = []
  if (tagId) conditions.push({ tags: { in: documentIds([tagId], payload) } })
  if (coinId) conditions.push({ coins: { in: documentIds([coinId], payload) } })
  // The authors field is staff-only to read, not to filter by (findAuthorArticles does the same):
  // an article matches when the author is any of its authors.
  if (authorId) conditions.push({ authors: { in: documentIds([authorId], payload) } })
  if (since) conditions.push({ publishedAt: { greater_than_equal: since.toISOString() } })
  return findCardPageWhere({ payload, locale, knownTags, conditions, cursor, limit })
}

type TExtras = { updatedAt: string; authors: TApiAuthor[]; cover: unknown }

/**
 * What a card lacks and the API gives: the time of the last change, the byline's names in order
 * (each linked to its author's page when the byline is the authors' own names, as the article
 * page links them: lib/authors/credits.ts), and the cover with all its sizes. The ids are the
 * cards' own, already read as a visitor; the authors field and the accounts are staff-only, so
 * these reads override access and select what the byline needs (an e-mail or role never leaves
 * the server). Covers are read as a visitor.
 */
export async function findArticleExtras(
  payload: Payload,
  locale: TLocale,
  ids: string[],
): Promise<Map<string, TExtras>> {
  const extras = new Map<string, TExtras>()
  if (ids.length === 0) return extras
  const { docs: rows } = await payload.find({
    collection: 'articles',
    where: { id: { in: documentIds(ids, payload) } },
    select: { updatedAt: true, authors: true, byline: true, cover: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
  })
  const authorIds = rows.flatMap((row) => authorIdsOf(row.authors))
  const coverIds = [...new Set(rows.flatMap((row) => idOfRelation(row.cover) ?? []))]
  const [accounts, covers] = await Promise.all([
    findCreditAccounts(payload, authorIds),
    coverIds.length
      ? payload.find({
          collection: 'media',
          where: { id: { in: coverIds } },
          select: { url: true, filename: true, alt: true, width: true, height: true, sizes: true },
          depth: 0,
          limit: coverIds.length,
          pagination: false,
          overrideAccess: false,
        })
      : { docs: [] },
  ])
  const coverById = new Map(covers.docs.map((doc) => [String(doc.id), doc]))
  const inEdition = (name: string) => (locale === 'zh-TW' ? toTraditional(name) : name)
  for (const row of rows) {
    const authors: TApiAuthor[] = bylineCredits({
      byline: row.byline,
      authorIds: authorIdsOf(row.authors),
      accounts,
    }).map((credit) => ({ ...credit, name: inEdition(credit.name) }))
    const coverId = idOfRelation(row.cover)
    extras.set(String(row.id), {
      updatedAt: String(row.updatedAt),
      authors,
      cover: coverId === null ? null : (coverById.get(String(coverId)) ?? null),
    })
  }
  return extras
}

/** A card with its extras as the API's article summary. */
function summaryOf(
  siteUrl: string,
  locale: TLocale,
  card: TArticleCard,
  extras: TExtras | undefined,
): TApiArticleSummary | null {
  if (!card.publishedAt) return null
  return {
    id: card.id,
    slug: card.slug,
    url: portalUrl(siteUrl, locale, articlePath(card.slug)),
    title: card.title,
    summary: card.summary,
    publishedAt: card.publishedAt,
    updatedAt: extras?.updatedAt ?? card.publishedAt,
    tags: card.tags.map(tagRefOf),
    coins: card.coins.map(coinRefOf),
    authors: extras?.authors ?? [],
    cover: imageOf(siteUrl, extras?.cover),
  }
}

/** One page of published articles in an edition, newest first, narrowed by the filters. */
export async function findApiArticlePage(options: {
  payload: Payload
  siteUrl: string
  locale: TLocale
  filters: TArticleFilters
  knownTags: TTab[]
}): Promise<TApiArticlePage> {
  const { payload, siteUrl, locale, filters, knownTags } = options
  const page = await findPageCards(payload, locale, filters, knownTags)
  const extras = await findArticleExtras(
    payload,
    locale,
    page.items.map((card) => card.id),
  )
  return {
    items: page.items.flatMap(
      (card) => summaryOf(siteUrl, locale, card, extras.get(card.id)) ?? [],
    ),
    nextCursor: page.nextCursor,
  }
}
