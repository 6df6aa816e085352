'use client'

import { useCallback, useEffect, useState } from 'react'

import type { TWatchlistResponse } from '@/lib/watchlist/contract'
import { onWatchlistChanged } from './events'
import { fetchPanel } from './panelApi'

export type TPanelState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; data: TWatchlistResponse; loadedAt: Date }

/**
 * The panel's data, loaded once after mount and again when the list changes on this page or the
 * page comes back from the back/forward cache. A failed reload keeps the figures already shown.
 */
export function usePanelData(): { state: TPanelState; reload: () => void } {
  const [state, setState] = useState<TPanelState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    void fetchPanel(controller.signal).then((result) => {
      if (controller.signal.aborted) return
      if (result.ok) setState({ status: 'ready', data: result.data, loadedAt: new Date() })
      else setState((previous) => (previous.status === 'ready' ? previous : { status: 'error' }))
    })
    return () => controller.abort()
  }, [attempt])

  useEffect(() => {
    const again = () => setAttempt((count) => count + 1)
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) again()
    }
    window.addEventListener('pageshow', onPageShow)
    const stop = onWatchlistChanged(again)
    return () => {
      window.removeEventListener('pageshow', onPageShow)
      stop()
    }
  }, [])

  const reload = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((count) => count + 1)
  }, [])

  return { state, reload }
}
