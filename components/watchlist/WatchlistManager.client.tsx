'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useEffect, useMemo, useRef } from 'react'

import { MAX_WATCHLIST_ITEMS, type TWatchlistCoin } from '@/lib/watchlist/contract'
import type { TMoveDirection } from '@/lib/watchlist/listOps'
import { SampleDataLabel } from '@/components/market/MarketBadges'
import { CoinSearch } from './CoinSearch.client'
import { useAnnouncer } from './useAnnouncer'
import { useWatchlistEditor } from './useWatchlistEditor'
import styles from './WatchlistManager.module.css'
import { WatchlistTable } from './WatchlistTable'

const LOGIN_HREF = '/login?next=/watchlist'

type TFocusRequest = { coinId: string; action: 'up' | 'down' | 'remove' } | { search: true }

/**
 * /watchlist: the whole list with add, remove and reorder for its owner; the top coins,
 * read-only, with a login prompt for a visitor. Keyboard users keep their place: after 上移 /
 * 下移 focus stays on the moved row's button, after 移除 it goes to the next row, and each change
 * is read out by the live region.
 */
export function WatchlistManager() {
  const editor = useWatchlistEditor()
  const { view } = editor
  const [announcement, announce] = useAnnouncer()
  const listRef = useRef<HTMLDivElement>(null)
  const searchInputRef = useRef<HTMLInputElement>(null)
  const focusRequest = useRef<TFocusRequest | null>(null)

  // Rows move in the DOM when they are reordered, and a moved element loses focus; put it back.
  useEffect(() => {
    const request = focusRequest.current
    if (!request) return
    focusRequest.current = null
    if ('search' in request) {
      searchInputRef.current?.focus()
      return
    }
    const row = listRef.current?.querySelector(`[data-coin-row="${CSS.escape(request.coinId)}"]`)
    row?.querySelector<HTMLButtonElement>(`[data-action="${request.action}"]`)?.focus()
  })

  const coins = useMemo(() => (view.status === 'editing' ? view.coins : []), [view])
  const listed = useMemo(() => new Set(coins.map((coin) => coin.marketDataId)), [coins])

  if (view.status === 'loading') {
    return (
      <div className={styles.placeholder} aria-busy="true">
        <p role="status">正在加载自选…</p>
      </div>
    )
  }
  if (view.status === 'error') {
    return (
      <div className={styles.placeholder}>
        <p role="status">行情暂时不可用</p>
        <button type="button" className={styles.button} onClick={editor.retryLoad}>
          重试
        </button>
      </div>
    )
  }

  const symbolOf = (id: string) => coins.find((coin) => coin.id === id)?.symbol ?? ''

  const onMove = (id: string, direction: TMoveDirection) => {
    const symbol = symbolOf(id)
    const result = editor.move(id, direction)
    if (!result.changed) {
      announce(direction === 'up' ? `${symbol} 已在最上方` : `${symbol} 已在最下方`)
      return
    }
    const position = result.coins.findIndex((coin) => coin.id === id) + 1
    focusRequest.current = { coinId: id, action: direction }
    announce(
      `${symbol} 已${direction === 'up' ? '上移' : '下移'}到第 ${position} 位,共 ${result.coins.length} 个`,
    )
  }

  const onRemove = (id: string) => {
    const index = coins.findIndex((coin) => coin.id === id)
    const neighbour = coins[index + 1] ?? coins[index - 1]
    const symbol = symbolOf(id)
    if (!editor.remove(id).changed) return
    focusRequest.current = neighbour ? { coinId: neighbour.id, action: 'remove' } : { search: true }
    announce(`已移除 ${symbol}`)
  }

  const onAdd = (coin: TWatchlistCoin) => {
    const result = editor.add(coin)
    // The hit's button turns into "已在自选"; keep the keyboard in the search box.
    focusRequest.current = { search: true }
    if (result.changed) announce(`已添加 ${coin.symbol},位于第 ${result.coins.length} 位`)
  }

  return (
    <div className={styles.manager}>
      <div className={styles.toolbar}>
        <p className={styles.summary}>
          {view.status === 'editing'
            ? `共 ${coins.length} 个币种(最多 ${MAX_WATCHLIST_ITEMS} 个)`
            : '市值排名前列的币种'}
        </p>
        {view.market.sampleData ? <SampleDataLabel /> : null}
        {view.status === 'editing' ? (
          <span className={styles.saving} aria-hidden="true">
            {editor.saving ? '正在保存…' : ''}
          </span>
        ) : null}
      </div>

      {editor.saveError ? (
        <div className={styles.alert} role="alert">
          <p>
            {editor.saveError.message}
            {editor.saveError.loggedOut ? (
              <>
                {' '}
                <PageLink href={LOGIN_HREF}>去登录</PageLink>
              </>
            ) : null}
          </p>
          <button type="button" className={styles.button} onClick={editor.dismissError}>
            知道了
          </button>
        </div>
      ) : null}

      {view.status === 'visitor' ? (
        <p className={styles.prompt}>
          <PageLink href={LOGIN_HREF}>登录后管理我的自选</PageLink>:添加、移除币种并调整顺序。
        </p>
      ) : null}

      <div ref={listRef}>
        {view.status === 'editing' && coins.length === 0 ? (
          <p className={styles.empty}>还没有自选币种。在下方搜索并添加你关注的币种。</p>
        ) : (
          <WatchlistTable
            coins={view.status === 'editing' ? coins : view.coins}
            caption={view.status === 'editing' ? '我的自选币种(按你的顺序)' : '市值排名前列的币种'}
            refreshSeconds={view.market.refreshSeconds}
            now={view.loadedAt}
            actions={view.status === 'editing' ? { onMove, onRemove } : undefined}
          />
        )}
      </div>

      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {view.status === 'editing' ? (
        <CoinSearch
          listedMarketDataIds={listed}
          full={coins.length >= MAX_WATCHLIST_ITEMS}
          onAdd={onAdd}
          inputRef={searchInputRef}
        />
      ) : null}
    </div>
  )
}
