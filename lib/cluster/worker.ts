import type { TClearablePageCache } from '@/lib/pageCache/processCache'
import { loadTagExpirer } from './expireLocalTags'
import { isTagExpiryMessage, tagExpiryMessage } from './messages'
import { registerTagExpiryRelay } from './tagRelay'

/**
 * Makes this server process one of several behind the primary (lib/cluster/primary.ts): tag
 * expiries made here (lib/revalidate.ts) go to the primary, which hands them to the other
 * workers, and theirs arrive here. Each arrival expires the tags in this process's Next caches
 * and then empties its page cache, as a publish in this process would.
 */
export async function joinCluster(pageCache: TClearablePageCache): Promise<void> {
  const expireTagsInThisProcess = await loadTagExpirer()
  registerTagExpiryRelay((tags) => process.send?.(tagExpiryMessage(tags)))
  process.on('message', (message: unknown) => {
    if (!isTagExpiryMessage(message)) return
    // The manifest is updated before the first await, so the page cache is emptied after it.
    const expired = expireTagsInThisProcess(message.tags)
    pageCache.clear()
    expired.catch((error: unknown) =>
      console.error(`cache tags ${message.tags.join(', ')} not expired in this process:`, error),
    )
  })
}
