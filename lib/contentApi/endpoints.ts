import 'server-only'
import type { z } from 'zod'

import { describeFirstIssue, queryOf } from '@/endpoints/respond'
import { idOfRelation } from '@/lib/db/documentId'
import type { TLocale } from '@/lib/i18n/locales'
import type { Article } from '@/payload-types'
import { getArticleBySlug, getRelatedArticles, getTabs } from '@/lib/queries'
import { pickedIdsOf } from '@/lib/queries/findArticles'
import { getAuthorBySlug, getBylineCredits } from '@/lib/queries/authors'
import { coinRefOf as cardCoinRefOf, tagRefOf as cardTagRefOf } from '@/lib/queries/cards'
import { getCoinProfile } from '@/lib/queries/coins'
import { findFlashPage } from '@/lib/queries/findFlashes'
import { getFlashPage, isKnownFlashCursor } from '@/lib/queries/flashes'
import { getPayloadClient } from '@/lib/queries/payload'
import { bodyFormsOf } from './body'
import { coinRefOf, flashOf, imageOf, tagRefOf } from './present'
import { getApiArticlePage, getApiCoin, getApiCoinPage } from './reads'
import {
  ZArticleListQuery,
  ZArticleQuery,
  ZArticleSlug,
  ZCoinId,
  ZCoinListQuery,
  ZFlashListQuery,
  ZLocaleOnlyQuery,
} from './schemas/queries'
import type { TApiArticle, TApiCoinDetail, TApiFlash, TApiTag } from './schemas/shapes'
import { articlePath, portalUrl, tagPath } from './urls'

/**
 * The content API's endpoints: each checks its query with its strict schema, reads through the
 * portal's cached reads (lib/queries, or lib/contentApi/reads.ts where those lack a field or a
 * filter), and builds the documented shape. An outcome, not a Response: handler.ts adds the ETag,
 * cache and CORS headers for whoever asked.
 */

export type TOutcome = { status: 200; body: unknown } | { status: 400 | 404; error: string }

const bad = (error: string): TOutcome => ({ status: 400, error })
const notFound = (error: string): TOutcome => ({ status: 404, error })
const ok = (body: unknown): TOutcome => ({ status: 200, body })

type TContext = { url: URL; siteUrl: string }

function parseQuery<T extends z.ZodType>(
  schema: T,
  url: URL,
): { ok: true; data: z.output<T> } | { ok: false; outcome: TOutcome } {
  // A parameter given twice is refused rather than silently taking one of the values.
  const names = [...url.searchParams.keys()]
  const repeated = names.find((name, index) => names.indexOf(name) !== index)
  if (repeated) return { ok: false, outcome: bad(`invalid ${repeated}: given more than once`) }
  const parsed = schema.safeParse(queryOf(url.searchParams))
  if (parsed.success) return { ok: true, data: parsed.data }
  return { ok: false, outcome: bad(describeFirstIssue(parsed.error)) }
}

export async function listArticles({ url, siteUrl }: TContext): Promise<TOutcome> {
  const query = parseQuery(ZArticleListQuery, url)
  if (!query.ok) return query.outcome
  const {
    locale,
    tag: tagSlug,
    coin: coinId,
    author: authorSlug,
    since,
    cursor,
    limit,
  } = query.data
  const tabs = await getTabs(locale)
  const tag = tagSlug === undefined ? undefined : tabs.find((tab) => tab.slug === tagSlug)
  if (tagSlug !== undefined && !tag) return notFound(`unknown tag: ${tagSlug}`)
  const coin = coinId === undefined ? undefined : await getCoinProfile(coinId, locale)
  if (coinId !== undefined && !coin) return notFound(`unknown coin: ${coinId}`)
  const author = authorSlug === undefined ? undefined : await getAuthorBySlug(authorSlug, locale)
  if (authorSlug !== undefined && !author) return notFound(`unknown author: ${authorSlug}`)
  const page = await getApiArticlePage({
    siteUrl,
    locale,
    knownTags: tabs,
    filters: { tagId: tag?.id, coinId: coin?.id, authorId: author?.id, since, cursor, limit },
  })
  return ok(page)
}

/**
 * The article's 相关文章 that a reader of the edition can open, in order: the picks at the head of
 * the article page's 更多新闻, from the same cached read (and so expired with it).
 */
async function relatedPicksOf(article: Article, locale: TLocale) {
  const pickedIds = pickedIdsOf(article)
  if (pickedIds.length === 0) return []
  const cards = await getRelatedArticles({
    articleId: String(article.id),
    tagIds: (article.tags ?? []).flatMap((tag) => {
      const id = idOfRelation(tag)
      return id === null ? [] : [String(id)]
    }),
    pickedIds,
    tabs: await getTabs(locale),
    locale,
  })
  return cards.filter((card) => pickedIds.includes(String(card.id)))
}

export async function showArticle({ url, siteUrl }: TContext, rawSlug: string): Promise<TOutcome> {
  const query = parseQuery(ZArticleQuery, url)
  if (!query.ok) return query.outcome
  const slug = ZArticleSlug.safeParse(rawSlug)
  if (!slug.success) return notFound(`unknown article: ${rawSlug}`)
  const { locale, include } = query.data
  const article = await getArticleBySlug(slug.data, locale)
  if (!article || !article.publishedAt) return notFound(`unknown article: ${slug.data}`)
  // The byline's names in order, each with its author page (lib/authors/credits.ts).
  const authors = await getBylineCredits({ id: String(article.id), slug: slug.data }, locale)
  const body = bodyFormsOf(article.body, siteUrl)
  const related = await relatedPicksOf(article, locale)
  const answer: TApiArticle = {
    id: String(article.id),
    slug: slug.data,
    url: portalUrl(siteUrl, locale, articlePath(slug.data)),
    title: article.title,
    summary: article.summary,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    // Named in the edition by the read (lib/queries/findArticles.ts).
    tags: (article.tags ?? []).flatMap((tag) => {
      const ref = cardTagRefOf(tag)
      return ref ? [tagRefOf(ref)] : []
    }),
    coins: (article.coins ?? []).flatMap((coin) => {
      const ref = cardCoinRefOf(coin)
      return ref ? [coinRefOf(ref)] : []
    }),
    authors,
    cover: imageOf(siteUrl, article.cover),
    related: related.map((card) => ({
      id: String(card.id),
      slug: card.slug,
      url: portalUrl(siteUrl, locale, articlePath(card.slug)),
    })),
    body:
      include === 'lexical' ? { ...body, lexical: article.body as Record<string, unknown> } : body,
  }
  return ok(answer)
}

export async function listTags({ url, siteUrl }: TContext): Promise<TOutcome> {
  const query = parseQuery(ZLocaleOnlyQuery, url)
  if (!query.ok) return query.outcome
  const { locale } = query.data
  const items: TApiTag[] = (await getTabs(locale)).map((tab) => ({
    slug: tab.slug,
    name: tab.name,
    url: portalUrl(siteUrl, locale, tagPath(tab.slug)),
  }))
  return ok({ items })
}

export async function listCoins({ url, siteUrl }: TContext): Promise<TOutcome> {
  const query = parseQuery(ZCoinListQuery, url)
  if (!query.ok) return query.outcome
  const { locale, cursor, limit } = query.data
  const page = await getApiCoinPage({ siteUrl, locale, page: cursor ?? 1, limit })
  return ok(page)
}

export async function showCoin({ url, siteUrl }: TContext, rawId: string): Promise<TOutcome> {
  const query = parseQuery(ZLocaleOnlyQuery, url)
  if (!query.ok) return query.outcome
  const id = ZCoinId.safeParse(rawId)
  if (!id.success) return notFound(`unknown coin: ${rawId}`)
  const coin = await getApiCoin({ siteUrl, locale: query.data.locale, marketDataId: id.data })
  if (!coin) return notFound(`unknown coin: ${id.data}`)
  const updated = coin.market.updatedAt ? Date.parse(coin.market.updatedAt) : NaN
  const answer: TApiCoinDetail = {
    ...coin,
    market: {
      ...coin.market,
      ageSeconds: Number.isFinite(updated)
        ? Math.max(0, Math.floor((Date.now() - updated) / 1000))
        : null,
    },
  }
  return ok(answer)
}

export async function listFlashes({ url, siteUrl }: TContext): Promise<TOutcome> {
  const query = parseQuery(ZFlashListQuery, url)
  if (!query.ok) return query.outcome
  const { locale, cursor, limit } = query.data
  const filter = { kind: 'all' } as const
  // The cached read keys by cursor: only cursors that name a published 快讯 go through it.
  const page =
    !cursor || (await isKnownFlashCursor(cursor, locale))
      ? await getFlashPage({ locale, filter, cursor, limit })
      : await findFlashPage({ payload: await getPayloadClient(), locale, filter, cursor, limit })
  const items: TApiFlash[] = page.items.flatMap((flash) => flashOf(siteUrl, locale, flash) ?? [])
  return ok({ items, nextCursor: page.nextCursor })
}
