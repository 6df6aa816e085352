/**
 * 发布后涨跌: how far a coin moved since a flash was published, in percent, from its price then
 * (recorded on publishing, collections/Flashes/hooks/recordPricesAtPublish.ts) and its price now.
 * Null when either is missing or not a positive number.
 */
export function moveSincePublish(
  priceAtPublish: number | null | undefined,
  priceNow: number | null | undefined,
): number | null {
  if (!priceAtPublish || !priceNow || priceAtPublish <= 0 || priceNow <= 0) return null
  return (priceNow / priceAtPublish - 1) * 100
}
