import { z } from 'zod'

import {
  ZArticleListQuery,
  ZArticleQuery,
  ZCoinListQuery,
  ZFlashListQuery,
  ZLocaleOnlyQuery,
} from './schemas/queries'
import * as shapes from './schemas/shapes'

/**
 * The OpenAPI 3.1 document of /api/v1 (GET /api/v1/openapi.json), generated from the same zod
 * schemas the endpoints answer with and the contract tests check against, by zod 4's own
 * z.toJSONSchema (draft 2020-12 is OpenAPI 3.1's schema dialect): no second description to
 * drift, and no generator package to keep in step with zod.
 */

const REF = (id: string) => `#/components/schemas/${id}`

type TJson = Record<string, unknown>

const bare = (schema: TJson): TJson => {
  const { $schema: _schema, $id: _id, ...rest } = schema
  return rest
}

/** Every shape with an `id` (schemas/shapes.ts), as components.schemas. */
function componentSchemas(): Record<string, TJson> {
  const ids = new Set(
    Object.values(shapes).flatMap((schema) => {
      const id = z.globalRegistry.get(schema as z.ZodType)?.id
      return typeof id === 'string' ? [id] : []
    }),
  )
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    uri: REF,
    target: 'draft-2020-12',
    io: 'output',
  }) as { schemas: Record<string, TJson> }
  return Object.fromEntries(
    Object.entries(schemas)
      .filter(([id]) => ids.has(id))
      .map(([id, schema]) => [id, bare(schema)]),
  )
}

/** A strict query schema's fields as OpenAPI query parameters (as sent: strings). */
function queryParameters(schema: z.ZodObject): TJson[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = bare(
      z.toJSONSchema(field as z.ZodType, {
        io: 'input',
        target: 'draft-2020-12',
        unrepresentable: 'any',
      }) as TJson,
    )
    const { description, ...rest } = json
    return { name, in: 'query', required: false, description, schema: rest }
  })
}

const pathParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
})

const json = (id: string) => ({ 'application/json': { schema: { $ref: REF(id) } } })

const errors = {
  '400': { description: 'unknown query parameter or bad value', content: json('Error') },
  '401': { description: 'invalid or revoked API key', content: json('Error') },
  '403': {
    description: "the key is not allowed from the request's Origin",
    content: json('Error'),
  },
  '429': {
    description: 'rate limit reached; Retry-After says when to try again',
    content: json('Error'),
  },
}

function operation(options: {
  summary: string
  query: z.ZodObject
  answer: string
  path?: TJson[]
  notFound?: boolean
}): TJson {
  return {
    get: {
      summary: options.summary,
      parameters: [...(options.path ?? []), ...queryParameters(options.query)],
      responses: {
        '200': {
          description: 'OK (with an ETag; 304 when If-None-Match holds it)',
          content: json(options.answer),
        },
        '304': { description: 'not modified since the ETag in If-None-Match' },
        ...errors,
        ...(options.notFound
          ? { '404': { description: 'not found', content: json('Error') } }
          : {}),
      },
    },
  }
}

export function openApiDocument(siteUrl: string): TJson {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsroom content API',
      version: '1.0.0',
      description:
        'Read-only published content: articles, tags, coins, 快讯. Editions by ?locale=zh-CN (default), zh-TW or en. Optional X-Api-Key for a higher rate limit and CORS from allowed origins. See docs/api.md.',
    },
    servers: [{ url: `${siteUrl}/api/v1` }],
    components: {
      schemas: componentSchemas(),
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
    },
    security: [{}, { apiKey: [] }],
    paths: {
      '/articles': operation({
        summary: 'Published articles, newest first, paged by cursor',
        query: ZArticleListQuery,
        answer: 'ArticlePage',
        notFound: true,
      }),
      '/articles/{slug}': operation({
        summary: 'One published article with its body as HTML and text',
        query: ZArticleQuery,
        answer: 'Article',
        path: [pathParameter('slug', "the article's slug")],
        notFound: true,
      }),
      '/tags': operation({ summary: 'Every tag', query: ZLocaleOnlyQuery, answer: 'TagList' }),
      '/coins': operation({
        summary: 'The tracked coins, paged',
        query: ZCoinListQuery,
        answer: 'CoinPage',
      }),
      '/coins/{id}': operation({
        summary: 'One coin with its stored market figures and their age',
        query: ZLocaleOnlyQuery,
        answer: 'CoinDetail',
        path: [pathParameter('id', "the coin's market data id, as in /coins/<id>")],
        notFound: true,
      }),
      '/flashes': operation({
        summary: '快讯 (news flashes), newest first, paged by cursor',
        query: ZFlashListQuery,
        answer: 'FlashPage',
      }),
    },
  }
}
