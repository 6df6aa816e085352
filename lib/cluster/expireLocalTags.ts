/** Expires tags in this process's caches; the manifest is updated before it returns. */
export type TTagExpirer = (tags: readonly string[]) => Promise<void>

/**
 * Expires cache tags in this process's Next.js caches as `revalidateTag(tag, { expire: 0 })` would
 * (lib/revalidate.ts), for a publish that happened in another worker process. revalidateTag itself
 * only works inside a request, and a worker receives the news from the cluster's primary, outside
 * any. At the end of a request Next hands the tags to its incremental cache, whose default handler
 * marks them stale and expired now in a process-wide manifest (the `.external` module is the one
 * instance every bundle shares), and to the `use cache` handlers' updateTags; this does both.
 * It relies on Next internals pinned in package.json: tests/e2e/cluster.e2e.spec.ts fails if a
 * Next upgrade changes them. Loaded once Next is prepared: its modules need Next's
 * AsyncLocalStorage set up first.
 */
export async function loadTagExpirer(): Promise<TTagExpirer> {
  const [{ tagsManifest }, { getCacheHandlers }] = await Promise.all([
    import('next/dist/server/lib/incremental-cache/tags-manifest.external.js'),
    import('next/dist/server/use-cache/handlers.js'),
  ])
  return async (tags) => {
    const now = Date.now()
    for (const tag of tags) {
      tagsManifest.set(tag, { ...tagsManifest.get(tag), stale: now, expired: now })
    }
    await Promise.all(
      (getCacheHandlers() ?? []).map((handler) => handler.updateTags([...tags], { expire: 0 })),
    )
  }
}
