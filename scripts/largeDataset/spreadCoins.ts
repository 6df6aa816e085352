import type { Payload } from 'payload'

import { replaceCoinLinks, type TCoinLinks } from '@/lib/db/coinLinkBatch'
import { demoCoins } from '@/lib/seed/coins'
import { systemContext } from '@/lib/seed/seedByKey'
import { BULK_SLUG } from './article'
import { BULK_COIN_ID, generateCoin, popularityTable, spreadCoinIndexes } from './coins'
import { BULK_FLASH_SOURCE } from './flash'
import { idsBy } from './seedLarge'

export type TSpreadCoinsSummary = {
  coinsCreated: number
  /** Demo and generated coins the links are drawn from. */
  coins: number
  articles: number
  flashes: number
  links: number
  seconds: number
}

async function generatedCoinIds(payload: Payload): Promise<Map<number, number>> {
  const { docs } = await payload.find({
    collection: 'coins',
    where: { marketDataId: { like: 'bulk-coin-' } },
    select: { marketDataId: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const ids = new Map<number, number>()
  for (const doc of docs) {
    const match = BULK_COIN_ID.exec(doc.marketDataId)
    if (match) ids.set(Number(match[1]), Number(doc.id))
  }
  return ids
}

/** Generated articles' or 快讯's ids by their number (slug bulk-<n>-…, source bulk-flash-<n>). */
async function generatedNumbers(
  payload: Payload,
  collection: 'articles' | 'flashes',
): Promise<{ id: number; n: number }[]> {
  const { docs } = await payload.find({
    collection,
    where:
      collection === 'articles'
        ? { slug: { like: 'bulk-' } }
        : { 'source.name': { like: 'bulk-flash-' } },
    select: collection === 'articles' ? { slug: true } : { source: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.flatMap((doc) => {
    const match =
      'slug' in doc
        ? BULK_SLUG.exec(doc.slug ?? '')
        : BULK_FLASH_SOURCE.exec(('source' in doc && doc.source?.name) || '')
    return match ? [{ id: Number(doc.id), n: Number(match[1]) }] : []
  })
}

/**
 * `seed:large --coins <n>`: adds generated coins 1..n (bulk-coin-<n>, ranked after the demo coins)
 * that are missing, then redraws the coin links of every generated article (1–3 coins) and 快讯
 * (0–2) over the demo and generated coins by popularity (scripts/largeDataset/coins.ts): a few
 * coins are on a large share of the articles, most on a few hundred. The draws depend only on the
 * item's number, so a rerun writes the same links. SQLite only (lib/db/coinLinkBatch.ts).
 */
export async function spreadCoins(
  payload: Payload,
  options: { coins: number },
): Promise<TSpreadCoinsSummary> {
  const started = Date.now()
  const demoIds = (
    await idsBy(
      payload,
      'coins',
      'marketDataId',
      demoCoins.map((coin) => coin.marketDataId),
    )
  ).map(Number)
  const existing = await generatedCoinIds(payload)
  let coinsCreated = 0
  for (let n = 1; n <= options.coins; n++) {
    if (existing.has(n)) continue
    const coin = generateCoin(n, demoCoins.length)
    const { id } = await payload.create({
      collection: 'coins',
      data: {
        marketDataId: coin.marketDataId,
        symbol: coin.symbol,
        name: coin.name,
        nameZh: coin.nameZh,
        rank: coin.rank,
      },
      context: systemContext,
      overrideAccess: true,
      depth: 0,
    })
    existing.set(n, Number(id))
    coinsCreated += 1
  }
  // Most popular first: the demo coins in their rank order, then the generated ones.
  const byPopularity = [
    ...demoIds,
    ...Array.from({ length: options.coins }, (_, i) => existing.get(i + 1) as number),
  ]
  const table = popularityTable(byPopularity.length)
  const linksOf = (kind: 'article' | 'flash', items: { id: number; n: number }[]): TCoinLinks[] =>
    items.map(({ id, n }) => ({
      id,
      coins: spreadCoinIndexes(kind, n, table).map((i) => byPopularity[i] as number),
    }))
  const articles = linksOf('article', await generatedNumbers(payload, 'articles'))
  const flashes = linksOf('flash', await generatedNumbers(payload, 'flashes'))
  await replaceCoinLinks(payload, 'articles', articles)
  await replaceCoinLinks(payload, 'flashes', flashes)
  return {
    coinsCreated,
    coins: byPopularity.length,
    articles: articles.length,
    flashes: flashes.length,
    links: [...articles, ...flashes].reduce((sum, item) => sum + item.coins.length, 0),
    seconds: (Date.now() - started) / 1000,
  }
}
