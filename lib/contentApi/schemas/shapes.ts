import { z } from 'zod'

/**
 * The content API's answers (/api/v1, docs/api.md): one schema per shape, the single source of the
 * OpenAPI document (lib/contentApi/openapi.ts) and of the contract tests
 * (tests/int/content-api.int.spec.ts). Strict objects: a field that is not named here fails the
 * contract test, so nothing of Payload's internals (`_status`, relation internals) leaks out.
 * Changing a field name is a breaking change: add a field, or start /api/v2.
 */

const ZIsoTime = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 time (UTC)' })
const ZAbsoluteUrl = z.url().meta({ description: 'absolute URL' })

export const ZApiTagRef = z
  .strictObject({
    slug: z.string(),
    name: z.string().meta({ description: 'the name in the requested edition' }),
  })
  .meta({ id: 'TagRef' })

export const ZApiTag = ZApiTagRef.extend({
  url: ZAbsoluteUrl.meta({ description: "the tag's feed on the portal, in the edition" }),
}).meta({ id: 'Tag' })

export const ZApiCoinRef = z
  .strictObject({
    id: z.string().meta({ description: "the coin's market data id, as in /coins/<id>" }),
    marketDataId: z.string().meta({ description: 'the same as id' }),
    symbol: z.string(),
    name: z.string().meta({ description: 'English name' }),
    nameZh: z.string().nullable().meta({ description: 'Chinese name in the edition; null in en' }),
  })
  .meta({ id: 'CoinRef' })

export const ZApiMarket = z
  .strictObject({
    rank: z.number().int().nullable(),
    priceUsd: z.number().nullable(),
    marketCapUsd: z.number().nullable(),
    change24hPercent: z.number().nullable(),
    updatedAt: ZIsoTime.nullable().meta({ description: 'when the figures were fetched' }),
    ageSeconds: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .meta({ description: 'seconds since updatedAt, at the time of the answer' }),
  })
  .meta({ id: 'Market' })

export const ZApiCoin = ZApiCoinRef.extend({
  url: ZAbsoluteUrl.meta({ description: "the coin's page on the portal, in the edition" }),
  rank: z.number().int().nullable(),
}).meta({ id: 'Coin' })

export const ZApiCoinDetail = ZApiCoin.extend({
  logo: z.url().nullable(),
  market: ZApiMarket,
}).meta({ id: 'CoinDetail' })

export const ZApiAuthor = z
  .strictObject({
    slug: z
      .string()
      .nullable()
      .meta({ description: "the author page's slug; null for a byline without a page" }),
    name: z.string(),
  })
  .meta({ id: 'Author' })

const ZApiImageSize = z.strictObject({
  url: ZAbsoluteUrl,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})

export const ZApiImage = z
  .strictObject({
    url: ZAbsoluteUrl,
    alt: z.string(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    sizes: z
      .record(z.string(), ZApiImageSize)
      .meta({ description: 'smaller renditions by name (thumbnail, card, article)' }),
  })
  .meta({ id: 'Image' })

export const ZApiArticleSummary = z
  .strictObject({
    id: z.string(),
    slug: z.string(),
    url: ZAbsoluteUrl.meta({ description: 'the article on the portal, in the edition' }),
    title: z.string(),
    summary: z.string(),
    publishedAt: ZIsoTime,
    updatedAt: ZIsoTime,
    tags: z.array(ZApiTagRef),
    coins: z.array(ZApiCoinRef),
    authors: z.array(ZApiAuthor).meta({
      description: "the byline's names in order: each author, or one typed byline (no page)",
    }),
    cover: ZApiImage.nullable(),
  })
  .meta({ id: 'ArticleSummary' })

export const ZApiArticleRef = z
  .strictObject({
    id: z.string(),
    slug: z.string(),
    url: ZAbsoluteUrl.meta({ description: 'the article on the portal, in the edition' }),
  })
  .meta({ id: 'ArticleRef' })

export const ZApiArticle = ZApiArticleSummary.extend({
  related: z.array(ZApiArticleRef).meta({
    description:
      "the articles the desk picked as related (相关文章), in their order: only those published in the edition; empty when none (the portal's 更多新闻 shows them first, then fills up itself)",
  }),
  body: z.strictObject({
    html: z.string().meta({ description: 'the body as HTML (links checked, images absolute)' }),
    text: z.string().meta({ description: 'the body as plain text' }),
    lexical: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'the Lexical JSON, only with ?include=lexical' }),
  }),
}).meta({ id: 'Article' })

export const ZApiFlash = z
  .strictObject({
    id: z.string(),
    url: ZAbsoluteUrl.meta({ description: "the 快讯's page on the portal, in the edition" }),
    title: z.string().nullable(),
    text: z.string(),
    important: z.boolean(),
    publishedAt: ZIsoTime,
    updatedAt: ZIsoTime.nullable(),
    source: z.strictObject({ name: z.string().nullable(), url: z.url() }).nullable(),
    coins: z.array(ZApiCoinRef),
    categories: z.array(ZApiTagRef),
  })
  .meta({ id: 'Flash' })

const ZNextCursor = z
  .string()
  .nullable()
  .meta({ description: 'opaque; pass as ?cursor= for the next page, null at the end' })

/** A page of a list: its items and the cursor of the next page. */
const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.strictObject({ items: z.array(item), nextCursor: ZNextCursor }).meta({ id })

export const ZApiArticlePage = pageOf(ZApiArticleSummary, 'ArticlePage')
export const ZApiFlashPage = pageOf(ZApiFlash, 'FlashPage')
export const ZApiCoinPage = pageOf(ZApiCoin, 'CoinPage')
export const ZApiTagList = z.strictObject({ items: z.array(ZApiTag) }).meta({ id: 'TagList' })

export const ZApiError = z
  .strictObject({
    error: z.string(),
    retryAfterSeconds: z.number().int().optional().meta({ description: 'with 429 only' }),
  })
  .meta({ id: 'Error' })

export type TApiTag = z.infer<typeof ZApiTag>
export type TApiTagRef = z.infer<typeof ZApiTagRef>
export type TApiCoinRef = z.infer<typeof ZApiCoinRef>
export type TApiCoin = z.infer<typeof ZApiCoin>
export type TApiCoinDetail = z.infer<typeof ZApiCoinDetail>
export type TApiAuthor = z.infer<typeof ZApiAuthor>
export type TApiImage = z.infer<typeof ZApiImage>
export type TApiArticleSummary = z.infer<typeof ZApiArticleSummary>
export type TApiArticle = z.infer<typeof ZApiArticle>
export type TApiFlash = z.infer<typeof ZApiFlash>
