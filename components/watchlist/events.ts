/**
 * The /watchlist manager tells any 我的自选 panel on the page (for instance one in a layout that
 * stays mounted across client-side navigation) that the list changed, so it shows the change at
 * once instead of on the next full page load.
 */
const WATCHLIST_CHANGED = 'newsroom:watchlist-changed'

export function announceWatchlistChanged(): void {
  window.dispatchEvent(new Event(WATCHLIST_CHANGED))
}

export function onWatchlistChanged(listener: () => void): () => void {
  window.addEventListener(WATCHLIST_CHANGED, listener)
  return () => window.removeEventListener(WATCHLIST_CHANGED, listener)
}
