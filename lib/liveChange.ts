/**
 * What a change did to what readers see, decided from the status before and after it: the one rule
 * behind cache expiry (collections/hooks/revalidatePortal.ts, revalidateFlashes.ts) and webhook
 * events (lib/webhooks/enqueue.ts). A draft that was never live changes nothing readers see.
 */
export type TLiveChange = 'published' | 'updated' | 'unpublished'

type TStatusLike = { _status?: string | null } | null | undefined

const isLive = (doc: TStatusLike) => doc?._status === 'published'

export function liveChange(doc: TStatusLike, previous: TStatusLike): TLiveChange | null {
  if (isLive(doc)) return isLive(previous) ? 'updated' : 'published'
  return isLive(previous) ? 'unpublished' : null
}
