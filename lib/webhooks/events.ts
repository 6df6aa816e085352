import type { TLiveChange } from '@/lib/liveChange'

/** The two kinds of content that send events, by the prefix their events carry. */
export const WEBHOOK_SOURCES = { articles: 'article', flashes: 'flash' } as const
export type TWebhookSourceCollection = keyof typeof WEBHOOK_SOURCES
export type TWebhookChange = TLiveChange | 'deleted'

export const WEBHOOK_EVENT_TYPES = [
  'article.published',
  'article.updated',
  'article.unpublished',
  'article.deleted',
  'flash.published',
  'flash.updated',
  'flash.unpublished',
  'flash.deleted',
] as const
export type TWebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]

export const eventTypeOf = (
  collection: TWebhookSourceCollection,
  change: TWebhookChange,
): TWebhookEventType => `${WEBHOOK_SOURCES[collection]}.${change}`

/** What a receiver gets, field for field. */
export type TWebhookEvent = {
  type: TWebhookEventType
  id: string
  slug: string | null
  url: string
  time: string
}

/**
 * The request body: always built with the keys in this order, so a retry or a re-send of the
 * same delivery sends the same bytes (and the same signature).
 */
export function eventBody(event: TWebhookEvent): string {
  const { type, id, slug, url, time } = event
  return JSON.stringify({ type, id, slug, url, time })
}

/** The portal page of the item (its last one, for a deleted item), absolute from SITE_URL. */
export function portalUrlOf(
  siteUrl: string,
  collection: TWebhookSourceCollection,
  doc: { id: string | number; slug?: string | null },
): string {
  const path =
    collection === 'articles'
      ? `/articles/${encodeURIComponent(doc.slug ?? String(doc.id))}`
      : `/flash/${encodeURIComponent(String(doc.id))}`
  return new URL(path, `${siteUrl}/`).href
}
