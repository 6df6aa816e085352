import { localizedPath, type TLocale } from '@/lib/i18n/locales'

/**
 * Public URL of a coin page in an edition (`/coins/bitcoin`, `/en/coins/bitcoin`), with the
 * cursor of the last article shown for the next page; lib/editionRewrites.ts puts `?cursor=`
 * into the path of the route that serves it.
 */
export function coinHref(locale: TLocale, marketDataId: string, cursor?: string | null): string {
  const base = `/coins/${encodeURIComponent(marketDataId)}`
  return localizedPath(locale, cursor ? `${base}?cursor=${encodeURIComponent(cursor)}` : base)
}

/** The coin page's RSS feed (its 50 newest articles). */
export const coinRssHref = (locale: TLocale, marketDataId: string): string =>
  localizedPath(locale, `/coins/${encodeURIComponent(marketDataId)}/rss.xml`)

/**
 * The coin's 快讯 page (`/coins/bitcoin/flash`, 更多快讯), with the cursor of the last 快讯 shown
 * for the next page; as coinHref, `?cursor=` is put into the route's path by the rewrites.
 */
export function coinFlashHref(
  locale: TLocale,
  marketDataId: string,
  cursor?: string | null,
): string {
  const base = `/coins/${encodeURIComponent(marketDataId)}/flash`
  return localizedPath(locale, cursor ? `${base}?cursor=${encodeURIComponent(cursor)}` : base)
}
