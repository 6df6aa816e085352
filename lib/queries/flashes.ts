import 'server-only'
import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/lib/cacheTags'
import type { TLocale } from '@/lib/i18n/locales'
import { cachedUnlessEmpty } from './cachedUnlessEmpty'
import type { TFeedCursor } from './cursor'
import {
  cursorNamesFlash,
  findFlashById,
  findFlashCategories,
  findFlashNeighbours,
  findFlashPage,
  findFlashSeo,
  findFlashSitemapEntries,
  type TFlashFilter,
} from './findFlashes'
import { getPayloadClient } from './payload'

/**
 * The 快讯 reads, cached per edition with the flash-lists tag (a flash's own page also with its
 * id's tag), which the flash and category hooks expire on every change that readers can see.
 */

const filterKey = (filter: TFlashFilter) =>
  filter.kind === 'category' ? `c:${filter.category.slug}` : filter.kind

export function getFlashCategories(locale: TLocale) {
  return unstable_cache(
    async () => findFlashCategories(await getPayloadClient(), locale),
    ['flash-categories', locale],
    { tags: [CACHE_TAGS.flashLists] },
  )()
}

/** The filter a `?filter=` names: 重要, a category's slug, or nothing; null when unknown. */
export async function resolveFlashFilter(
  value: string | undefined,
  locale: TLocale,
): Promise<TFlashFilter | null> {
  if (value === undefined || value === '' || value === 'all') return { kind: 'all' }
  if (value === 'important') return { kind: 'important' }
  const category = (await getFlashCategories(locale)).find((item) => item.slug === value)
  return category ? { kind: 'category', category } : null
}

/** A cursor is only ever one the portal wrote (isKnownFlashCursor first), so keys stay bounded. */
export function getFlashPage(options: {
  locale: TLocale
  filter: TFlashFilter
  cursor?: TFeedCursor
  limit?: number
}) {
  const { locale, filter, cursor, limit } = options
  return unstable_cache(
    async () => findFlashPage({ payload: await getPayloadClient(), ...options }),
    [
      'flash-page',
      locale,
      filterKey(filter),
      cursor ? `${cursor.publishedAt.getTime()}-${cursor.id}` : '-',
      String(limit ?? ''),
    ],
    { tags: [CACHE_TAGS.flashLists] },
  )()
}

export async function isKnownFlashCursor(cursor: TFeedCursor, locale: TLocale) {
  return cursorNamesFlash(await getPayloadClient(), cursor, locale)
}

/** The 快讯 module of the home and article pages: the latest ten. */
export const LATEST_FLASHES = 10

export function getLatestFlashes(locale: TLocale) {
  return getFlashPage({ locale, filter: { kind: 'all' }, limit: LATEST_FLASHES })
}

/** A flash and its neighbours; an unknown id (or no English version) is answered, not kept. */
export function getFlash(id: string, locale: TLocale) {
  return cachedUnlessEmpty({
    read: async () => {
      const payload = await getPayloadClient()
      const flash = await findFlashById(payload, id, locale)
      if (!flash) return null
      const [neighbours, seo] = await Promise.all([
        findFlashNeighbours(payload, flash, locale),
        findFlashSeo(payload, flash.id, locale),
      ])
      return { flash, ...neighbours, seo }
    },
    keep: (found) => found !== null,
    keyParts: ['flash', locale, id],
    tags: [CACHE_TAGS.flashLists, CACHE_TAGS.flash(id)],
  })
}

export function getFlashSitemapEntries(limit: number) {
  return unstable_cache(
    async () => findFlashSitemapEntries(await getPayloadClient(), limit),
    ['flash-sitemap', String(limit)],
    { tags: [CACHE_TAGS.flashLists] },
  )()
}
