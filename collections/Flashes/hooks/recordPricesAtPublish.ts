import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/lib/db/documentId'

/** Each linked coin's USD price when the flash went live, by coin id: `{ "12": 64210.55 }`. */
export type TPricesAtPublish = Record<string, number>

const pricesOf = (value: unknown): TPricesAtPublish => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0,
    ),
  )
}

/**
 * 发布后涨跌: when a flash is published, the price of each linked coin at that moment, from the
 * market data the coins carry. Kept from then on: a later edit records only coins linked since
 * (at the edit's moment) and drops unlinked ones. Never taken from the request, so the figure a
 * reader is shown cannot be set by hand.
 */
export const recordPricesAtPublish: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const recorded = pricesOf(
    (originalDoc as { pricesAtPublish?: unknown } | undefined)?.pricesAtPublish,
  )
  if (data._status !== 'published') return { ...data, pricesAtPublish: recorded }

  const linked = ((data.coins ?? (originalDoc as { coins?: unknown[] })?.coins ?? []) as unknown[])
    .map(idOfRelation)
    .filter((id): id is string | number => id !== null)
  const kept: TPricesAtPublish = {}
  for (const id of linked) if (recorded[String(id)]) kept[String(id)] = recorded[String(id)]!
  const missing = linked.filter((id) => !(String(id) in kept))
  if (missing.length > 0) {
    const coins = await req.payload.find({
      collection: 'coins',
      where: { id: { in: missing } },
      select: { price: true },
      depth: 0,
      limit: missing.length,
      pagination: false,
      req,
    })
    for (const coin of coins.docs)
      if (typeof coin.price === 'number' && coin.price > 0) kept[String(coin.id)] = coin.price
  }
  return { ...data, pricesAtPublish: kept }
}
