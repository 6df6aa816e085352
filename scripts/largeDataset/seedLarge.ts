import type { Payload } from 'payload'

import type { Article } from '@/payload-types'
import { demoCoins } from '@/lib/seed/coins'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { demoTags } from '@/lib/seed/tags'
import { BULK_SLUG, generateArticle, type TGeneratedArticle } from './article'
import type { TProgress } from './progress'
import { insertArticleBatch, type TArticleBatchRow } from '@/lib/db/articleBatch'

type TId = number | string

export type TSeedLargeOptions = {
  /** How many generated articles there should be in the end (numbers 1..articles). */
  articles: number
  /** Articles written per transaction. */
  batch?: number
  progress?: (total: number) => TProgress
  /** Reference time for publication dates (tests pin it). */
  now?: Date
  /** Use the adapter-neutral path even on SQLite (lets the tests cover MongoDB's path). */
  portable?: boolean
}

export type TSeedLargeSummary = { created: number; existing: number; seconds: number }

export async function idsBy(
  payload: Payload,
  collection: 'tags' | 'coins' | 'flash-categories',
  field: 'slug' | 'marketDataId',
  keys: readonly string[],
): Promise<TId[]> {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { in: [...keys] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byKey = new Map(
    docs.map((doc) => [(doc as unknown as Record<string, unknown>)[field], doc.id]),
  )
  const missing = keys.filter((key) => !byKey.has(key))
  if (missing.length > 0) {
    throw new Error(
      `seed:large needs the demo ${collection} (missing: ${missing.slice(0, 3).join(', ')}…); run npm run seed first`,
    )
  }
  return keys.map((key) => byKey.get(key) as TId)
}

/**
 * Numbers of the generated articles already stored, drafts included: the main collection (not
 * `draft: true`, which reads versions) is where slugs are unique, so this is what would collide.
 */
async function existingNumbers(payload: Payload): Promise<Set<number>> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { like: 'bulk-' } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const numbers = new Set<number>()
  for (const doc of docs) {
    const match = BULK_SLUG.exec(doc.slug ?? '')
    if (match) numbers.add(Number(match[1]))
  }
  return numbers
}

/** The fields `payload.create` would store once its hooks ran (fillPublishedAt, fillByline). */
function articleData(
  article: TGeneratedArticle,
  ids: { tags: TId[]; coins: TId[] },
  now: number,
): TArticleBatchRow {
  const at = new Date(now - article.ageMs)
  at.setMilliseconds(0)
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    body: lexicalFromBlocks(article.blocks) as Article['body'],
    tags: article.tagIndexes.flatMap((i) => ids.tags[i] ?? []),
    coins: article.coinIndexes.flatMap((i) => ids.coins[i] ?? []),
    byline: article.byline,
    source: { name: article.sourceName, url: null },
    featured: false,
    publishedAt: article.draft ? null : at.toISOString(),
    _status: article.draft ? 'draft' : 'published',
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  }
}

/**
 * Adds generated articles 1..articles that are missing; never reads or writes other articles
 * beyond the slug lookup. Written in batches by lib/db/articleBatch.ts (multi-row INSERTs on
 * SQLite, one document at a time through the adapter elsewhere); the integration test reads them
 * back through the Local API.
 */
export async function seedLargeArticles(
  payload: Payload,
  options: TSeedLargeOptions,
): Promise<TSeedLargeSummary> {
  const started = Date.now()
  const batchSize = options.batch ?? 500
  const now = (options.now ?? new Date()).getTime()
  const ids = {
    tags: await idsBy(
      payload,
      'tags',
      'slug',
      demoTags.map((tag) => tag.slug),
    ),
    coins: await idsBy(
      payload,
      'coins',
      'marketDataId',
      demoCoins.map((coin) => coin.marketDataId),
    ),
  }
  const existing = await existingNumbers(payload)
  const missing: number[] = []
  for (let n = 1; n <= options.articles; n++) if (!existing.has(n)) missing.push(n)
  const progress = options.progress?.(missing.length)

  let created = 0
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing
      .slice(start, start + batchSize)
      .map((n) => articleData(generateArticle(n, ids.tags.length, ids.coins.length), ids, now))
    await insertArticleBatch(payload, batch, { portable: options.portable })
    created += batch.length
    if (created < missing.length) progress?.update(created)
  }
  progress?.finish(created)
  return {
    created,
    existing: options.articles - missing.length,
    seconds: (Date.now() - started) / 1000,
  }
}
