import type { Payload } from 'payload'

import { demoCoins } from './coins'
import { systemContext } from './seedByKey'

/**
 * Gives demo coins stored before coins had Chinese names their 中文名 and aliases, so that
 * `npm run seed` brings an existing demo database up to date. Only coins without a Chinese name
 * are written: a rerun changes nothing, and names an editor has set are kept.
 */
export async function fillDemoCoinNames(payload: Payload): Promise<number> {
  const byId = new Map<string, (typeof demoCoins)[number]>(
    demoCoins.map((coin) => [coin.marketDataId, coin]),
  )
  // Seeds run as the system; the demo has a few dozen coins, so one page holds them all.
  const unnamed = await payload.find({
    collection: 'coins',
    where: {
      and: [{ marketDataId: { in: [...byId.keys()] } }, { nameZh: { exists: false } }],
    },
    select: { marketDataId: true },
    depth: 0,
    limit: demoCoins.length,
    pagination: false,
    overrideAccess: true,
  })
  for (const coin of unnamed.docs) {
    const demo = byId.get(coin.marketDataId)
    if (!demo) continue
    await payload.update({
      collection: 'coins',
      id: coin.id,
      data: { nameZh: demo.nameZh, aliases: [...demo.aliases] },
      depth: 0,
      overrideAccess: true,
      context: systemContext,
    })
  }
  return unnamed.docs.length
}
