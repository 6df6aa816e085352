import { z } from 'zod'

/**
 * The parts of CoinGecko's answers we use, as its OpenAPI description documents them: almost
 * every figure is `number | null`. A key that is missing, or has the wrong type, rejects the whole
 * answer (`.nullable()` accepts null but not a missing key). Unknown keys are ignored.
 */
export const ZCoinGeckoMarket = z.object({
  id: z.string().min(1),
  symbol: z.string(),
  name: z.string(),
  current_price: z.number().nonnegative().nullable(),
  market_cap: z.number().nonnegative().nullable(),
  market_cap_rank: z.number().int().positive().nullable(),
  price_change_percentage_24h: z.number().nullable(),
  // Present because we ask for price_change_percentage=24h; preferred when given.
  price_change_percentage_24h_in_currency: z.number().nullable().optional(),
  last_updated: z.string().nullable(),
  // Present because we ask for sparkline=true; CoinGecko's points may contain nulls.
  sparkline_in_7d: z
    .object({ price: z.array(z.number().nullable()) })
    .nullable()
    .optional(),
})

export const ZCoinGeckoMarkets = z.array(ZCoinGeckoMarket)

export const ZCoinGeckoSearch = z.object({
  coins: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string(),
      symbol: z.string(),
      market_cap_rank: z.number().int().positive().nullable().optional(),
      thumb: z.string().nullable().optional(),
    }),
  ),
})

export type TCoinGeckoMarket = z.infer<typeof ZCoinGeckoMarket>

/** The first few zod issues on one line: `[3].current_price: expected number, received string`. */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
      .join('')
      .replace(/^\./, '')
    return `${path || '(root)'}: ${issue.message}`
  })
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : ''
  return parts.join('; ') + more
}
