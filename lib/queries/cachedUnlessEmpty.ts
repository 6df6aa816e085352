import 'server-only'
import { unstable_cache } from 'next/cache'

const UNCACHED = Symbol('newsroom.uncachedResult')

type TUncached<T> = { [UNCACHED]: true; value: T }

const isUncached = <T>(error: unknown): error is TUncached<T> =>
  typeof error === 'object' && error !== null && UNCACHED in error

/**
 * `unstable_cache` that keeps only answers worth keeping. Keys come from the URL (a slug, a
 * cursor, a page number), so a stranger can name endless keys; an answer that found nothing (an
 * unknown slug, a page past the end) is returned but not stored, or each junk URL would leave a
 * cache entry behind. unstable_cache stores nothing when its function throws, hence the throw.
 */
export async function cachedUnlessEmpty<T>(options: {
  read: () => Promise<T>
  /** False for an answer that must not be stored. */
  keep: (value: T) => boolean | Promise<boolean>
  keyParts: string[]
  tags: string[]
}): Promise<T> {
  const { read, keep, keyParts, tags } = options
  const cached = unstable_cache(
    async () => {
      const value = await read()
      if (!(await keep(value))) throw { [UNCACHED]: true, value } satisfies TUncached<T>
      return value
    },
    keyParts,
    { tags },
  )
  try {
    return await cached()
  } catch (error) {
    if (isUncached<T>(error)) return error.value
    throw error
  }
}
