import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { demoCoins } from '@/lib/seed/coins'
import { demoFlashCategories } from '@/lib/seed/flashCategories'
import { BULK_FLASH_SOURCE, generateFlash, type TGeneratedFlash } from './flash'
import type { TProgress } from './progress'
import { idsBy, type TSeedLargeSummary } from './seedLarge'

type TId = number | string

/** Numbers of the generated flashes already stored (by their source name). */
async function existingNumbers(payload: Payload): Promise<Set<number>> {
  const { docs } = await payload.find({
    collection: 'flashes',
    where: { 'source.name': { like: 'bulk-flash-' } },
    select: { source: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const numbers = new Set<number>()
  for (const doc of docs) {
    const match = BULK_FLASH_SOURCE.exec(doc.source?.name ?? '')
    if (match) numbers.add(Number(match[1]))
  }
  return numbers
}

/** The document `payload.create` would store once its hooks ran; localized fields by locale. */
function flashData(flash: TGeneratedFlash, ids: { categories: TId[]; coins: TId[] }, now: number) {
  const at = new Date(now - flash.ageMs)
  at.setMilliseconds(0)
  return {
    text: { [DEFAULT_LOCALE]: flash.text },
    title: { [DEFAULT_LOCALE]: flash.title },
    important: flash.important,
    coins: flash.coinIndexes.flatMap((i) => ids.coins[i] ?? []),
    categories: flash.categoryIndexes.flatMap((i) => ids.categories[i] ?? []),
    source: { name: flash.sourceName, url: null },
    publishedAt: at.toISOString(),
    pricesAtPublish: {},
    votes: { bullish: 0, bearish: 0 },
    _status: 'published',
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  }
}

/**
 * Adds generated 快讯 1..flashes that are missing, through the adapter on any database (the
 * document, then its first version marked latest, as `payload.create` writes them), one
 * transaction per batch; no hooks, so no cache expiry and no prices at publishing.
 */
export async function seedLargeFlashes(
  payload: Payload,
  options: { flashes: number; batch?: number; progress?: (total: number) => TProgress; now?: Date },
): Promise<TSeedLargeSummary> {
  const started = Date.now()
  const batchSize = options.batch ?? 500
  const now = (options.now ?? new Date()).getTime()
  const ids = {
    categories: await idsBy(
      payload,
      'flash-categories',
      'slug',
      demoFlashCategories.map((category) => category.slug),
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
  for (let n = 1; n <= options.flashes; n++) if (!existing.has(n)) missing.push(n)
  const progress = options.progress?.(missing.length)

  let created = 0
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize)
    const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
    await initTransaction(req)
    try {
      for (const n of batch) {
        const data = flashData(generateFlash(n, ids.categories.length, ids.coins.length), ids, now)
        const { id } = await payload.db.create({
          collection: 'flashes',
          data,
          req,
          select: { id: true },
        })
        await payload.db.createVersion({
          collectionSlug: 'flashes',
          parent: id,
          versionData: { ...data, id } as never,
          autosave: false,
          createdAt: data.createdAt,
          updatedAt: data.updatedAt,
          req,
          returning: false,
        })
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    created += batch.length
    if (created < missing.length) progress?.update(created)
  }
  progress?.finish(created)
  return {
    created,
    existing: options.flashes - missing.length,
    seconds: (Date.now() - started) / 1000,
  }
}
