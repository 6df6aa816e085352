import 'server-only'
import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/lib/cacheTags'
import type { THotWindow } from '@/lib/hot/hours'
import type { TLocale } from '@/lib/i18n/locales'
import { findHotArticles } from './findHot'
import { getPayloadClient } from './payload'

/**
 * How old a 热门 list may get. Views reach the store within 10 s (lib/hot/processCounter.ts);
 * a list is recomputed at most once a minute per edition and window, whatever the traffic.
 */
export const HOT_REVALIDATE_SECONDS = 60

/**
 * A cached 热门 list. Also tagged with the article lists, so publishing, unpublishing, editing
 * or deleting an article renews it at once: an unpublished article leaves the list with the feeds.
 */
export function getHotArticles(locale: TLocale, window: THotWindow) {
  return unstable_cache(
    async () => findHotArticles({ payload: await getPayloadClient(), locale, window }),
    ['hot', locale, window],
    { tags: [CACHE_TAGS.articleLists], revalidate: HOT_REVALIDATE_SECONDS },
  )()
}
