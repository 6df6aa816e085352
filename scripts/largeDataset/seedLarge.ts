import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import type { Article } from '@/payload-types'
import { demoCoins } from '@/lib/seed/coins'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { demoTags } from '@/lib/seed/tags'
import { BULK_SLUG, generateArticle, type TGeneratedArticle } from './article'
import type { TProgress } from './progress'
import { insertBatchSqlite, isSqlite, type TBulkRow } from '@/lib/db/sqliteBulk'

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

// Marks writes as the seed's, as seedDemoContent does: the portal's revalidation hooks skip them.
const systemContext = { disableRevalidate: true }

async function idsBy(
  payload: Payload,
  collection: 'tags' | 'coins',
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
): Record<string, unknown> {
  const at = new Date(now - article.ageMs)
  at.setMilliseconds(0)
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    body: lexicalFromBlocks(article.blocks) as Article['body'],
    tags: article.tagIndexes.map((i) => ids.tags[i]),
    coins: article.coinIndexes.map((i) => ids.coins[i]),
    byline: article.byline,
    source: { name: article.sourceName, url: null },
    featured: false,
    publishedAt: article.draft ? null : at.toISOString(),
    _status: article.draft ? 'draft' : 'published',
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  }
}

/** SQLite rows name group fields with an underscore (source.name → source_name). */
function flatRow(data: Record<string, unknown>): TBulkRow {
  const { source, tags, coins, ...rest } = data as Record<string, unknown> & {
    source: { name: string; url: null }
    tags: TId[]
    coins: TId[]
  }
  return {
    data: { ...(rest as TBulkRow['data']), source_name: source.name, source_url: source.url },
    tags,
    coins,
  }
}

/**
 * Any adapter (MongoDB in production; SQLite has the faster path in sqliteBulk.ts): writes what
 * `payload.create({ collection: 'articles', draft })` writes — the document, then its first
 * version marked latest — through the adapter's own create/createVersion, skipping the
 * per-document operation overhead (access, hooks, validation, read-back with depth). The data is
 * built to pass the same validation (valid unique slug, required fields); the integration test
 * reads it back through the Local API.
 */
async function insertBatchPortable(payload: Payload, batch: Record<string, unknown>[]) {
  const req = await createLocalReq({ context: systemContext }, payload)
  // One transaction a batch where the database has them (MongoDB: replica sets only).
  await initTransaction(req)
  try {
    for (const data of batch) {
      // Reading back only the id: the version gets the same values the row was written with.
      const { id } = await payload.db.create({
        collection: 'articles',
        data,
        req,
        select: { id: true },
      })
      await payload.db.createVersion({
        collectionSlug: 'articles',
        parent: id,
        versionData: { ...data, id } as never,
        autosave: false,
        createdAt: data.createdAt as string,
        updatedAt: data.updatedAt as string,
        req,
        returning: false,
      })
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Adds generated articles 1..articles that are missing; never reads or writes other articles
 * beyond the slug lookup. On SQLite in multi-row batches (sqliteBulk.ts), elsewhere one document
 * at a time through the adapter.
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

  const sqlite = isSqlite(payload) && !options.portable
  let created = 0
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing
      .slice(start, start + batchSize)
      .map((n) => articleData(generateArticle(n, ids.tags.length, ids.coins.length), ids, now))
    if (sqlite) await insertBatchSqlite(payload, batch.map(flatRow))
    else await insertBatchPortable(payload, batch)
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
