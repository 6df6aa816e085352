import type { TFlashItem } from '@/lib/queries/findFlashes'
import type { TRssItem } from '@/lib/syndication/rss'
import type { TSitemapUrl } from '@/lib/syndication/sitemap'
import { CHINESE_EDITIONS, LOCALES } from '@/lib/i18n/locales'

import { flashHeadline } from './headline'

/** How many of the newest 快讯 the flash sitemap lists (older ones stay reachable by paging). */
export const FLASH_SITEMAP_LIMIT = 1000

/** A flash as an RSS item: its headline, its text, its categories, its permalink. */
export function flashRssItem(flash: TFlashItem): TRssItem[] {
  if (!flash.publishedAt) return []
  return [
    {
      path: `/flash/${flash.id}`,
      title: flashHeadline(flash),
      summary: flash.text,
      publishedAt: flash.publishedAt,
      tags: flash.categories.map((category) => category.name),
    },
  ]
}

/** A flash's permalink in the sitemap, with English where an English version was written. */
export function flashSitemapUrl(
  flash: Pick<TFlashItem, 'id' | 'updatedAt' | 'publishedAt'>,
  writtenInEnglish: boolean,
): TSitemapUrl {
  return {
    path: `/flash/${flash.id}`,
    lastModified: flash.updatedAt ?? flash.publishedAt ?? undefined,
    editions: writtenInEnglish ? LOCALES : CHINESE_EDITIONS,
  }
}
