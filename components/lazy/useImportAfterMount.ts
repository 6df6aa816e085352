'use client'

import { useEffect, useState } from 'react'

export type TImportState<T> =
  { status: 'loading' } | { status: 'ready'; module: T } | { status: 'error' }

/**
 * A module imported once the component has mounted, i.e. after hydration: its script is fetched,
 * parsed and run in a task of its own instead of inside the page's hydration, the longest task of
 * a page load. `load` must be the same function on every render (declare it at module level).
 */
export function useImportAfterMount<T>(load: () => Promise<T>): TImportState<T> {
  const [state, setState] = useState<TImportState<T>>({ status: 'loading' })
  useEffect(() => {
    let live = true
    load().then(
      (module) => {
        if (live) setState({ status: 'ready', module })
      },
      () => {
        if (live) setState({ status: 'error' })
      },
    )
    return () => {
      live = false
    }
  }, [load])
  return state
}
