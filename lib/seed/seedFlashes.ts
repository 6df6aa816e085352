import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import { demoCoins } from './coins'
import { demoFlashCategories } from './flashCategories'
import { demoFlashes } from './flashes'
import { createProgress } from './progress'
import { seedByKey, systemContext, type TId, type TSeedCount } from './seedByKey'
import type { TDemoFlash } from './types'

/** Generated types say number (SQLite's IDs); on MongoDB the same values are strings. */
const asRelation = (id: TId) => id as number

/** The 快讯 categories, with their English names (the English edition's filter chips). */
export async function seedFlashCategories(
  payload: Payload,
  counts: TSeedCount,
): Promise<Map<string, TId>> {
  const ids = await seedByKey({
    payload,
    collection: 'flash-categories',
    items: demoFlashCategories,
    counts,
    nameOf: (category) => category.slug,
    match: (category) => ({ slug: { equals: category.slug } }),
    document: async (category, index) => ({
      data: { name: category.name, slug: category.slug, order: (index + 1) * 10 },
    }),
  })
  for (const category of demoFlashCategories) {
    const id = ids.get(category.slug)
    if (id === undefined) continue
    const current = await payload.findByID({
      collection: 'flash-categories',
      id,
      locale: 'en',
      depth: 0,
      overrideAccess: true,
    })
    if (current.name) continue
    await payload.update({
      collection: 'flash-categories',
      id,
      locale: 'en',
      data: { name: category.english },
      overrideAccess: true,
      context: systemContext,
    })
  }
  return ids
}

/**
 * A demo coin's price when a demo flash went live: its sample price moved by a few percent, the
 * same for every run (from the flash's key and the coin), more the longer ago. The offline provider's samples
 * do not move, so without this every demo flash would show 发布后 0.00%.
 */
export function demoPriceAtPublish(
  price: number,
  flash: Pick<TDemoFlash, 'key' | 'minutesAgo'>,
  marketDataId: string,
) {
  const digest = createHash('sha1').update(`${flash.key}:${marketDataId}`).digest()
  const unit = digest.readUInt16BE(0) / 0xffff - 0.5
  const reach = 0.01 + 0.05 * Math.min(flash.minutesAgo / 4320, 1)
  return Number((price * (1 + 2 * unit * reach)).toPrecision(6))
}

function idsOf(keys: readonly string[], ids: Map<string, TId>, kind: string, flash: string) {
  return keys.map((key) => {
    const id = ids.get(key)
    if (id === undefined) throw new Error(`Demo flash ${flash} names unknown ${kind} "${key}"`)
    return asRelation(id)
  })
}

/**
 * The demo 快讯, published over the last three days. Idempotent: a flash is looked up by its
 * zh-CN text, and one that exists is left as it is. Each gets its English version where one was
 * written, and demo prices at publishing (see demoPriceAtPublish), written past the hook that
 * records real ones.
 */
export async function seedFlashes(
  payload: Payload,
  {
    coinIds,
    categoryIds,
    counts,
    log,
  }: {
    coinIds: Map<string, TId>
    categoryIds: Map<string, TId>
    counts: TSeedCount
    log: (line: string) => void
  },
): Promise<void> {
  const seedTime = Date.now()
  const progress = createProgress('Seeding demo flashes', demoFlashes.length, log)
  for (const [index, flash] of demoFlashes.entries()) {
    progress(index + 1)
    const found = await payload.find({
      collection: 'flashes',
      where: { text: { equals: flash.text } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    if (found.docs.length > 0) {
      counts.existing++
      continue
    }
    const publishedAt = new Date(seedTime - flash.minutesAgo * 60_000)
    publishedAt.setMilliseconds(0)
    const coins = idsOf(flash.coins, coinIds, 'coin', flash.key)
    const created = await payload.create({
      collection: 'flashes',
      data: {
        text: flash.text,
        title: flash.title,
        important: Boolean(flash.important),
        coins,
        categories: idsOf(flash.categories, categoryIds, 'category', flash.key),
        source: flash.source,
        publishedAt: publishedAt.toISOString(),
        _status: 'published',
      },
      overrideAccess: true,
      context: systemContext,
    })
    if (flash.english) {
      await payload.update({
        collection: 'flashes',
        id: created.id,
        locale: 'en',
        data: { text: flash.english.text, title: flash.english.title },
        overrideAccess: true,
        context: systemContext,
      })
    }
    const prices = Object.fromEntries(
      flash.coins.flatMap((marketDataId, position) => {
        const coin = demoCoins.find((candidate) => candidate.marketDataId === marketDataId)
        return coin
          ? [[String(coins[position]), demoPriceAtPublish(coin.price, flash, marketDataId)]]
          : []
      }),
    )
    await payload.db.updateOne({
      collection: 'flashes',
      where: { id: { equals: created.id } },
      data: { pricesAtPublish: prices },
    })
    counts.created++
  }
}
