/**
 * The watchlist after 加入自选 / 已自选 on a coin page: the coin appended at the end (where
 * /watchlist adds too) or taken out, the others in their order. A full list is sent with the coin
 * added all the same: the server refuses it with its own message (MAX_WATCHLIST_ITEMS).
 */
export function toggledWatchlist(
  ids: readonly string[],
  coinId: string,
): { ids: string[]; added: boolean } {
  if (ids.includes(coinId)) return { ids: ids.filter((id) => id !== coinId), added: false }
  return { ids: [...ids, coinId], added: true }
}
