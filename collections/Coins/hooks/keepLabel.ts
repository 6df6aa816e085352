import type { CollectionBeforeChangeHook } from 'payload'

import { coinLabel } from '@/lib/coins/coinLabel'

/**
 * Keeps `label` (the admin title, `ETH · Ethereum · 以太坊`) in step with the names on every
 * write. A partial update (the market refresh writes figures only) takes the names it lacks from
 * the stored coin, so coins written before the field existed get their label on the next refresh.
 */
export const keepLabel: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  if (typeof merged.symbol !== 'string' || typeof merged.name !== 'string') return data
  return { ...data, label: coinLabel(merged) }
}
