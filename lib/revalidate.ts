import type { Payload } from 'payload'

/**
 * Invalidates portal cache tags. Outside a Next.js server (seeds, tests, CLI) there is no cache to
 * invalidate and next/cache throws; that is expected and only logged at debug level.
 */
export async function revalidateCacheTags(tags: string[], payload?: Payload): Promise<void> {
  if (tags.length === 0) return
  try {
    const { revalidateTag } = await import('next/cache')
    // Expire at once rather than stale-while-revalidate ('max'): a published or corrected story
    // must not be served stale to the next reader.
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    payload?.logger.debug({ msg: `cache tags not revalidated (${tags.join(', ')})`, err: error })
  }
}
