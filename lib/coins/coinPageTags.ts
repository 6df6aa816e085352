import { idOfRelation } from '@/lib/db/documentId'
import { CACHE_TAGS } from '@/lib/cacheTags'

type TLinksCoins = { coins?: readonly unknown[] | null }

/**
 * The coin-page tags an article or 快讯 change expires: every coin it is linked to now or was
 * before the change, so unlinking a coin takes the story off that coin's page too. Coins come as
 * ids or as populated documents, depending on the hook's depth.
 */
export function coinPageTagsOf(doc: TLinksCoins, previous?: TLinksCoins | null): string[] {
  const ids = new Set<string>()
  for (const coin of [...(doc.coins ?? []), ...(previous?.coins ?? [])]) {
    const id = idOfRelation(coin)
    if (id !== null) ids.add(String(id))
  }
  return [...ids].map((id) => CACHE_TAGS.coinPage(id))
}
