'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useEffect, useMemo, useRef } from 'react'

import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { MAX_WATCHLIST_ITEMS, type TWatchlistCoin } from '@/lib/watchlist/contract'
import type { TMoveDirection } from '@/lib/watchlist/listOps'
import { SampleDataLabel } from '@/components/market/MarketBadges'
import { CoinSearch } from './CoinSearch.client'
import { useAnnouncer } from './useAnnouncer'
import { useWatchlistEditor } from './useWatchlistEditor'
import styles from './WatchlistManager.module.css'
import { WatchlistTable } from './WatchlistTable'
import type { TWatchlistText } from './coinTable'

type TFocusRequest = { coinId: string; action: 'up' | 'down' | 'remove' } | { search: true }

/**
 * /watchlist: the whole list with add, remove and reorder for its owner; the top coins,
 * read-only, with a login prompt for a visitor. Keyboard users keep their place: after 上移 /
 * 下移 focus stays on the moved row's button, after 移除 it goes to the next row, and each change
 * is read out by the live region.
 */
export function WatchlistManager({ text, locale }: { text: TWatchlistText; locale: TLocale }) {
  const words = text.watchlist
  const loginHref = localizedPath(locale, `/login?next=${localizedPath(locale, '/watchlist')}`)
  const editor = useWatchlistEditor(words, text.requests)
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
        <p role="status">{words.loadingList}</p>
      </div>
    )
  }
  if (view.status === 'error') {
    return (
      <div className={styles.placeholder}>
        <p role="status">{words.unavailable}</p>
        <button type="button" className={styles.button} onClick={editor.retryLoad}>
          {words.retry}
        </button>
      </div>
    )
  }

  const symbolOf = (id: string) => coins.find((coin) => coin.id === id)?.symbol ?? ''

  const onMove = (id: string, direction: TMoveDirection) => {
    const symbol = symbolOf(id)
    const result = editor.move(id, direction)
    if (!result.changed) {
      announce(formatMessage(direction === 'up' ? words.atTop : words.atBottom, { symbol }))
      return
    }
    const position = result.coins.findIndex((coin) => coin.id === id) + 1
    focusRequest.current = { coinId: id, action: direction }
    announce(
      formatMessage(direction === 'up' ? words.movedUp : words.movedDown, {
        symbol,
        position,
        total: result.coins.length,
      }),
    )
  }

  const onRemove = (id: string) => {
    const index = coins.findIndex((coin) => coin.id === id)
    const neighbour = coins[index + 1] ?? coins[index - 1]
    const symbol = symbolOf(id)
    if (!editor.remove(id).changed) return
    focusRequest.current = neighbour ? { coinId: neighbour.id, action: 'remove' } : { search: true }
    announce(formatMessage(words.removed, { symbol }))
  }

  const onAdd = (coin: TWatchlistCoin) => {
    const result = editor.add(coin)
    // The hit's button turns into "已在自选"; keep the keyboard in the search box.
    focusRequest.current = { search: true }
    if (result.changed)
      announce(formatMessage(words.added, { symbol: coin.symbol, position: result.coins.length }))
  }

  return (
    <div className={styles.manager}>
      <div className={styles.toolbar}>
        <p className={styles.summary}>
          {view.status === 'editing'
            ? formatMessage(words.summary, { count: coins.length, max: MAX_WATCHLIST_ITEMS })
            : words.topCoins}
        </p>
        {view.market.sampleData ? <SampleDataLabel text={text.market} /> : null}
        {view.status === 'editing' ? (
          <span className={styles.saving} aria-hidden="true">
            {editor.saving ? words.saving : ''}
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
                <PageLink href={loginHref}>{words.goLogin}</PageLink>
              </>
            ) : null}
          </p>
          <button type="button" className={styles.button} onClick={editor.dismissError}>
            {words.dismiss}
          </button>
        </div>
      ) : null}

      {view.status === 'visitor' ? (
        <p className={styles.prompt}>
          <PageLink href={loginHref}>{words.loginToManage}</PageLink>
          {words.visitorPromptRest}
        </p>
      ) : null}

      <div ref={listRef}>
        {view.status === 'editing' && coins.length === 0 ? (
          <p className={styles.empty}>{words.emptyFull}</p>
        ) : (
          <WatchlistTable
            coins={view.status === 'editing' ? coins : view.coins}
            caption={view.status === 'editing' ? words.myCoinsOrdered : words.topCoins}
            refreshSeconds={view.market.refreshSeconds}
            now={view.loadedAt}
            text={text}
            locale={locale}
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
          words={words}
          requestText={text.requests}
        />
      ) : null}
    </div>
  )
}
