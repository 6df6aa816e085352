import type { CollectionAfterOperationHook, Where } from 'payload'

import { rankCoinMatches, type TCoinNames } from '@/lib/coins/rankCoinMatches'

/** The text of a `label like …` condition anywhere in the query, as the admin's pickers send it. */
function labelSearchOf(where: Where | undefined): string | undefined {
  if (!where) return undefined
  const condition = where.label
  if (condition && typeof condition === 'object' && 'like' in condition) {
    const { like } = condition as { like: unknown }
    if (typeof like === 'string' && like.trim()) return like
  }
  for (const key of ['and', 'or'] as const) {
    const nested = where[key]
    if (!Array.isArray(nested)) continue
    for (const part of nested) {
      const found = labelSearchOf(part)
      if (found) return found
    }
  }
  return undefined
}

type TListedCoin = { label?: unknown; symbol?: unknown; name?: unknown; nameZh?: unknown }

// The picker asks for the label only (`select: { label: true }`); it reads `symbol · name · 中文名`.
function namesOf(doc: TListedCoin): TCoinNames {
  if (typeof doc.symbol === 'string' && typeof doc.name === 'string') {
    return { ...doc, symbol: doc.symbol, name: doc.name } as TCoinNames
  }
  const [symbol = '', name = '', nameZh = null] = String(doc.label ?? '').split(' · ')
  return { symbol, name, nameZh }
}

/**
 * The relationship picker (articles' coins) searches the title field with `like` and sorts by
 * rank, so "ETH" listed Tether (whose name contains the letters) right after Ethereum and before
 * coins whose name starts with them. A search by label is answered best match first (ticker, then
 * whole name, then beginnings), by rank within each tier; the reordering is within the page asked
 * for, which holds the first ten by rank.
 */
export const rankLabelSearch: CollectionAfterOperationHook<'coins'> = ({
  args,
  operation,
  result,
}) => {
  if (operation !== 'find') return result
  const query = labelSearchOf((args as { where?: Where }).where)
  if (!query) return result
  const found = result as { docs: TListedCoin[] }
  const ranked = rankCoinMatches(
    found.docs.map((doc) => ({ ...namesOf(doc), doc })),
    query,
  )
  return { ...found, docs: ranked.map((entry) => entry.doc) } as typeof result
}
