'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import {
  MAX_WATCHLIST_ITEMS,
  type TMarketMeta,
  type TWatchlistCoin,
} from '@/lib/watchlist/contract'
import { formMessageText, type TRequestFailureText } from '@/lib/account/formMessages'
import { formatMessage } from '@/lib/i18n/format'
import type { TMessages } from '@/lib/i18n/messages'
import { appendUnique, moveItem, removeByKey, type TMoveDirection } from '@/lib/watchlist/listOps'
import { announceWatchlistChanged } from './events'
import { fetchPanel, saveWatchlist } from './panelApi'

const keyOf = (coin: TWatchlistCoin) => coin.id

export type TEditorView =
  | { status: 'loading' }
  | { status: 'error' }
  /** A visitor: the top coins, read-only. */
  | { status: 'visitor'; coins: TWatchlistCoin[]; market: TMarketMeta; loadedAt: Date }
  | { status: 'editing'; coins: TWatchlistCoin[]; market: TMarketMeta; loadedAt: Date }

export type TEditResult = { changed: boolean; coins: TWatchlistCoin[] }

/**
 * The /watchlist list with optimistic edits. Every edit shows at once and is saved with
 * PUT /api/watchlists/mine; saves run one at a time, and edits made meanwhile are sent together
 * afterwards as the whole list, so the server always ends with the latest order. A refused save
 * rolls the list back to what the server last accepted and reports why.
 */
export function useWatchlistEditor(text: TMessages['watchlist'], requestText: TRequestFailureText) {
  const [view, setView] = useState<TEditorView>({ status: 'loading' })
  const [saveError, setSaveError] = useState<{ message: string; loggedOut: boolean } | null>(null)
  const [saving, setSaving] = useState(false)
  const [attempt, setAttempt] = useState(0)
  /** The list as the server last confirmed it: where a failed save rolls back to. */
  const confirmed = useRef<TWatchlistCoin[]>([])
  /** The newest list not yet sent; null when everything has been sent. */
  const pending = useRef<TWatchlistCoin[] | null>(null)
  const flushing = useRef(false)

  useEffect(() => {
    const controller = new AbortController()
    void fetchPanel(controller.signal, { sparklines: true }).then((result) => {
      if (controller.signal.aborted) return
      if (!result.ok) {
        setView({ status: 'error' })
        return
      }
      const { personal, coins, market } = result.data
      confirmed.current = coins
      setView({ status: personal ? 'editing' : 'visitor', coins, market, loadedAt: new Date() })
    })
    return () => controller.abort()
  }, [attempt])

  const setCoins = useCallback((coins: TWatchlistCoin[]) => {
    setView((current) => (current.status === 'editing' ? { ...current, coins } : current))
  }, [])

  const flush = useCallback(async () => {
    if (flushing.current) return
    flushing.current = true
    setSaving(true)
    while (pending.current) {
      const list = pending.current
      pending.current = null
      const result = await saveWatchlist(list.map(keyOf))
      if (result.ok) {
        confirmed.current = result.data.coins
        // The server's answer carries fresh figures for coins just added; later edits win.
        if (!pending.current) setCoins(result.data.coins)
        announceWatchlistChanged()
        continue
      }
      // Later edits were built on the refused one, so they go too.
      pending.current = null
      setCoins(confirmed.current)
      setSaveError({
        message:
          result.status === 401
            ? text.sessionExpired
            : formatMessage(text.saveFailed, {
                error: formMessageText(result.error, requestText),
              }),
        loggedOut: result.status === 401,
      })
    }
    flushing.current = false
    setSaving(false)
  }, [setCoins, text, requestText])

  /** Applies an edit at once and queues the save; answers whether anything changed. */
  const edit = useCallback(
    (change: (coins: TWatchlistCoin[]) => TWatchlistCoin[], current: TWatchlistCoin[]) => {
      const next = change(current)
      if (next === current) return { changed: false, coins: current }
      setSaveError(null)
      setCoins(next)
      pending.current = next
      void flush()
      return { changed: true, coins: next }
    },
    [flush, setCoins],
  )

  const coins = view.status === 'editing' ? view.coins : []
  return {
    view,
    saving,
    saveError,
    dismissError: () => setSaveError(null),
    retryLoad: () => {
      setView({ status: 'loading' })
      setAttempt((count) => count + 1)
    },
    move: (id: string, direction: TMoveDirection): TEditResult =>
      edit(
        (list) =>
          moveItem(
            list,
            list.findIndex((coin) => coin.id === id),
            direction,
          ),
        coins,
      ),
    remove: (id: string): TEditResult => edit((list) => removeByKey(list, id, keyOf), coins),
    add: (coin: TWatchlistCoin): TEditResult =>
      edit((list) => appendUnique(list, coin, keyOf, MAX_WATCHLIST_ITEMS), coins),
  }
}
