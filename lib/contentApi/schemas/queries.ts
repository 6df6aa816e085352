import { z } from 'zod'

import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { ZMarketDataIdSchema } from '@/lib/queries/findCoinPage'
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '@/lib/slug'

/**
 * The query strings the content API accepts, one strict schema per endpoint: an unknown parameter
 * or a bad value is a 400, so a made-up URL never becomes a cache entry in any layer. The
 * descriptions are the OpenAPI document's.
 */

const ZSlug = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN, 'malformed slug')

export const ZLocaleParam = z
  .enum(LOCALES)
  .default(DEFAULT_LOCALE)
  .meta({ description: 'the edition: zh-CN (default), zh-TW or en' })

/**
 * `limit`: digits only, as the API writes it (`1e1`, `+5`, ` 5` are refused), within 1..max.
 * Checked on the string so the OpenAPI document describes the parameter as sent.
 */
const limitParam = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[0-9]{1,3}$/, `limit must be a whole number from 1 to ${max}`)
    .refine((value) => Number(value) >= 1 && Number(value) <= max, {
      message: `limit must be a whole number from 1 to ${max}`,
    })
    .optional()
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .meta({ description: `items per page, 1..${max} (default ${fallback})` })

const ZCursorParam = ZCursorSchema.optional().meta({
  description: 'the nextCursor of the previous page (opaque)',
})

/** `since`: an ISO time with a zone (`2026-01-02T03:04:05Z`); articles published at or after it. */
const ZSinceParam = z.iso
  .datetime({ offset: true, message: 'since must be an ISO 8601 time, e.g. 2026-01-02T03:04:05Z' })
  .transform((value) => new Date(value))
  .optional()
  .meta({ description: 'ISO 8601 time: only articles published at or after it' })

const strict = <T extends z.core.$ZodLooseShape>(shape: T, names: string) =>
  z.strictObject(shape, { error: `unknown query parameter (allowed: ${names})` })

export const ZArticleListQuery = strict(
  {
    locale: ZLocaleParam,
    tag: ZSlug.optional().meta({ description: "a tag's slug" }),
    coin: ZMarketDataIdSchema.optional().meta({
      description: "a coin's market data id (as in /coins/<id>)",
    }),
    author: ZSlug.optional().meta({
      description: "an author page's slug: the articles that author is one of the authors of",
    }),
    since: ZSinceParam,
    cursor: ZCursorParam,
    limit: limitParam(50, 20),
  },
  'locale, tag, coin, author, since, cursor, limit',
)

export const ZArticleQuery = strict(
  {
    locale: ZLocaleParam,
    include: z
      .literal('lexical')
      .optional()
      .meta({ description: 'lexical: also answer the body as Lexical JSON' }),
  },
  'locale, include',
)

export const ZLocaleOnlyQuery = strict({ locale: ZLocaleParam }, 'locale')

/** Coins are paged by number (a few hundred at most); the cursor is the next page's, opaque. */
export const ZCoinListQuery = strict(
  {
    locale: ZLocaleParam,
    cursor: z
      .string()
      .regex(/^[1-9][0-9]{0,5}$/, 'malformed cursor')
      .transform(Number)
      .optional()
      .meta({ description: 'the nextCursor of the previous page (opaque)' }),
    limit: limitParam(100, 50),
  },
  'locale, cursor, limit',
)

export const ZFlashListQuery = strict(
  { locale: ZLocaleParam, cursor: ZCursorParam, limit: limitParam(50, 20) },
  'locale, cursor, limit',
)

/** Path parameters: an article's slug, a coin's market data id. */
export const ZArticleSlug = ZSlug
export const ZCoinId = ZMarketDataIdSchema
