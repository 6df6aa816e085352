import type { TFlashItem } from '@/lib/queries/findFlashes'

/**
 * GET /flash-items, shared by the route and /flash's live notice: the newest flashes of a
 * timeline. More new ones than this and the notice offers to reload instead.
 */
export const LATEST_FLASH_ITEMS = 20

export type TLatestFlashes = { items: TFlashItem[] }

/**
 * How often an open /flash asks (plus up to a second of jitter): with the one-second caches in
 * front, a publish is noticed within 5 s.
 */
export const FLASH_POLL_MS = 2500

/** Whether `flash` is newer than `newest` in timeline order (publish time, then id). */
export function isNewer(
  flash: Pick<TFlashItem, 'id' | 'publishedAt'>,
  newest: Pick<TFlashItem, 'id' | 'publishedAt'>,
): boolean {
  const time = Date.parse(flash.publishedAt ?? '')
  const newestTime = Date.parse(newest.publishedAt ?? '')
  if (time !== newestTime) return time > newestTime
  // SQLite ids are integers; MongoDB's ObjectIds are 24 hex digits, in order as text.
  const digits = /^\d+$/
  if (digits.test(flash.id) && digits.test(newest.id)) return Number(flash.id) > Number(newest.id)
  return flash.id > newest.id
}
