import { fetchQuotes, type TQuote } from '@/components/market/quotesApi'

export type TCoinQuote = { quote: TQuote; sampleData: boolean; refreshSeconds: number }

/**
 * One coin's stored figures from GET /api/coins/quotes, or null when the request fails or the
 * coin is not in the answer (then the page says the figures are unavailable).
 */
export async function fetchCoinQuote(
  marketDataId: string,
  signal?: AbortSignal,
): Promise<TCoinQuote | null> {
  const result = await fetchQuotes([marketDataId], signal)
  if (!result.ok) return null
  const quote = result.data.docs.find((doc) => doc.marketDataId === marketDataId)
  if (!quote) return null
  return { quote, sampleData: result.data.sampleData, refreshSeconds: result.data.refreshSeconds }
}
