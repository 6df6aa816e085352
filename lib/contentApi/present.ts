import type { TLocale } from '@/lib/i18n/locales'
import type { TCoinRef } from '@/lib/queries/cards'
import type { TFlashItem } from '@/lib/queries/findFlashes'
import type { TApiCoinRef, TApiFlash, TApiImage, TApiTagRef } from './schemas/shapes'
import { flashPath, mediaUrl, portalUrl } from './urls'

/**
 * The API's shapes built field by field from what the portal's reads return: whatever a read
 * gains later stays out of the API until it is named here and in schemas/shapes.ts.
 */

export const tagRefOf = (tag: { slug: string; name: string }): TApiTagRef => ({
  slug: tag.slug,
  name: tag.name,
})

export const coinRefOf = (coin: TCoinRef): TApiCoinRef => ({
  id: coin.marketDataId,
  marketDataId: coin.marketDataId,
  symbol: coin.symbol,
  name: coin.name,
  nameZh: coin.nameZh,
})

type TMediaSize = { url?: string | null; width?: number | null; height?: number | null }

/** A media document (Payload's read, sizes included) as an API image, or null. */
export function imageOf(siteUrl: string, media: unknown): TApiImage | null {
  if (typeof media !== 'object' || media === null) return null
  const doc = media as TMediaSize & { alt?: string | null; sizes?: Record<string, TMediaSize> }
  const url = mediaUrl(siteUrl, doc.url)
  if (!url || !doc.width || !doc.height) return null
  const sizes: TApiImage['sizes'] = {}
  for (const [name, size] of Object.entries(doc.sizes ?? {})) {
    const sizeUrl = mediaUrl(siteUrl, size?.url)
    if (sizeUrl && size.width && size.height)
      sizes[name] = { url: sizeUrl, width: size.width, height: size.height }
  }
  return { url, alt: doc.alt ?? '', width: doc.width, height: doc.height, sizes }
}

export function flashOf(siteUrl: string, locale: TLocale, flash: TFlashItem): TApiFlash | null {
  if (!flash.publishedAt) return null
  return {
    id: flash.id,
    url: portalUrl(siteUrl, locale, flashPath(flash.id)),
    title: flash.title,
    text: flash.text,
    important: flash.important,
    publishedAt: flash.publishedAt,
    updatedAt: flash.updatedAt,
    source: flash.source?.url ? { name: flash.source.name, url: flash.source.url } : null,
    coins: flash.coins.map(coinRefOf),
    categories: flash.categories.map(tagRefOf),
  }
}
