import type { Payload } from 'payload'

import { demoCoins } from '@/lib/seed/coins'
import { BULK_COIN_ID } from '@/scripts/largeDataset/coins'
import { BENCH_COINS } from './dataset'

/**
 * The dataset's coin ids, most popular first, as seed:large --coins spread the links: the demo
 * coins in their rank order, then the generated ones (bulk-coin-1 … bulk-coin-200).
 */
export async function benchCoinsByPopularity(payload: Payload): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'coins',
    select: { marketDataId: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const idOf = new Map(docs.map((doc) => [doc.marketDataId, Number(doc.id)]))
  const generated = docs
    .flatMap((doc) => {
      const n = Number(BULK_COIN_ID.exec(doc.marketDataId)?.[1] ?? 0)
      return n >= 1 && n <= BENCH_COINS ? [[n, Number(doc.id)] as const] : []
    })
    .sort(([a], [b]) => a - b)
  if (generated.length < BENCH_COINS)
    throw new Error(`the dataset has ${generated.length} generated coins, not ${BENCH_COINS}`)
  return [
    ...demoCoins.flatMap((coin) => idOf.get(coin.marketDataId) ?? []),
    ...generated.map(([, id]) => id),
  ]
}

/** Articles and 快讯 in the database, drafts included. */
export async function countItems(payload: Payload): Promise<{ articles: number; flashes: number }> {
  const count = async (collection: 'articles' | 'flashes') =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  return { articles: await count('articles'), flashes: await count('flashes') }
}
