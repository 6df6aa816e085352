import type { Payload } from 'payload'

import { relayTagExpiry } from './cluster/tagRelay'
import { inEveryEdition } from './edge/editionPaths'
import { refreshEdgePaths } from './edge/refresh'
import { clearProcessPageCache } from './pageCache/processCache'

/**
 * How long after a change its tags are expired a second time. Next dates a cache entry by when it
 * is stored, not by when its data was read: a render that read the old data before the change was
 * committed and stored its result just after the expiry would count as fresh, and keep serving the
 * old feed until the page's own revalidate time (seen under the bench's publish-to-visible through
 * the micro-cache, where nginx re-requests the feed every second). Renders take well under a second,
 * so expiring again a second later replaces whatever such a render stored.
 */
export const FOLLOW_UP_EXPIRY_MS = 1000

export type TRevalidateOptions = {
  /**
   * Pages to renew in the nginx edge cache (lib/edge) after each expiry, once Next renders the new
   * data: right after the response, and again after the follow-up expiry. Paths inside an edition
   * (`/articles/a`): every edition's copy is renewed. Nothing without EDGE_REFRESH_URL.
   */
  edgePaths?: readonly string[]
  /**
   * URLs to renew as they are, in no edition's prefix: the content API's (lib/edge/apiPaths.ts),
   * whose edition is a query parameter.
   */
  apiPaths?: readonly string[]
}

/**
 * Invalidates portal cache tags, now and once more FOLLOW_UP_EXPIRY_MS later. Outside a Next.js
 * server (seeds, tests, CLI) there is no cache to invalidate and next/cache throws; that is
 * expected and only logged at debug level.
 */
export async function revalidateCacheTags(
  tags: string[],
  payload?: Payload,
  { edgePaths = [], apiPaths = [] }: TRevalidateOptions = {},
): Promise<void> {
  if (tags.length === 0) return
  try {
    const { revalidateTag } = await import('next/cache')
    // Expire at once rather than stale-while-revalidate ('max'): a published or corrected story
    // must not be served stale to the next reader.
    const expire = () => {
      try {
        for (const tag of tags) revalidateTag(tag, { expire: 0 })
      } finally {
        clearProcessPageCache()
        // The server's other processes, if any (WEB_CONCURRENCY), expire the same tags.
        relayTagExpiry(tags)
      }
    }
    expire()
    // The edge asks the app, so it must come after the change is committed and the response
    // sent; refreshEdgePaths logs its failures and never throws.
    const editionPaths = [...inEveryEdition(edgePaths), ...apiPaths]
    const refreshEdge = () => refreshEdgePaths(editionPaths, { logger: payload?.logger })
    // after(): runs once the response is sent, inside the request, where revalidateTag still works.
    const { after } = await import('next/server')
    after(async () => {
      await Promise.all([
        refreshEdge(),
        (async () => {
          await new Promise((resolve) => setTimeout(resolve, FOLLOW_UP_EXPIRY_MS))
          expire()
          await refreshEdge()
        })(),
      ])
    })
  } catch (error) {
    payload?.logger.debug({ msg: `cache tags not revalidated (${tags.join(', ')})`, err: error })
  }
}
