'use client'

import type { ReactNode } from 'react'

import { installLatestIntersectionEntries } from '@/lib/admin/latestIntersectionEntries'

// At import, before any admin component renders and creates its observer.
if (typeof window !== 'undefined') installLatestIntersectionEntries(window)

/** Admin provider: the admin's lazily loaded list cells see where their row is now. */
export function LatestIntersectionEntries({ children }: { children?: ReactNode }) {
  return children
}
