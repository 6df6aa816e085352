'use client'

import { usePathname } from 'next/navigation'
import { useSyncExternalStore } from 'react'

// The address bar changes without an event we could subscribe to (Next uses pushState); React
// re-reads the snapshot on every render and after each commit, which is when it can have changed.
const subscribeNever = () => () => {}
const readLocation = () => window.location.pathname + window.location.search

/**
 * The current path and query, or `null` while rendering on the server and hydrating. These pages
 * are static, so the server cannot know the query; reading it after hydration avoids a mismatch.
 */
export function useCurrentPath(): string | null {
  // Only to re-render on client-side navigation; its value may be the rewritten internal path.
  usePathname()
  return useSyncExternalStore(subscribeNever, readLocation, () => null)
}
