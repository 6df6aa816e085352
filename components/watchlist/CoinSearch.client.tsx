'use client'

import { useEffect, useId, useState, type RefObject } from 'react'

import { formMessageText, type TRequestFailureText } from '@/lib/account/formMessages'
import { formatMessage } from '@/lib/i18n/format'
import type { TMessages } from '@/lib/i18n/messages'
import { MAX_WATCHLIST_ITEMS, type TWatchlistCoin } from '@/lib/watchlist/contract'
import styles from './CoinSearch.module.css'
import { checkSearchQuery, providerNoteOf, SEARCH_MAX_LENGTH } from './coinSearchQuery'
import { resolveCoin } from './resolveCoin'
import { searchCoins, type TSearchHit } from './watchlistApi'

/** Time to wait after the last keystroke before asking the server. */
const DEBOUNCE_MS = 300

type TSearchState =
  | { status: 'idle'; note: string | null }
  | { status: 'searching' }
  | { status: 'done'; results: TSearchHit[]; providerNote: string | null }
  | { status: 'error'; message: string }

/**
 * 添加币种: search the collection (symbol, name, 中文名, alias) and the market data provider, then add a hit
 * to the list. Hits already on the list say so instead of offering 添加.
 */
export function CoinSearch({
  listedMarketDataIds,
  full,
  onAdd,
  inputRef,
  words,
  requestText,
}: {
  listedMarketDataIds: ReadonlySet<string>
  full: boolean
  onAdd: (coin: TWatchlistCoin) => void
  inputRef: RefObject<HTMLInputElement | null>
  words: TMessages['watchlist']
  requestText: TRequestFailureText
}) {
  const [text, setText] = useState('')
  const [search, setSearch] = useState<TSearchState>({ status: 'idle', note: null })
  const [adding, setAdding] = useState<string | null>(null)
  const [addError, setAddError] = useState<string | null>(null)
  const inputId = useId()
  const statusId = useId()

  useEffect(() => {
    const check = checkSearchQuery(text, words)
    if (!check.ok) return
    const controller = new AbortController()
    const timer = window.setTimeout(() => {
      void searchCoins(check.query, controller.signal).then((result) => {
        if (controller.signal.aborted) return
        if (!result.ok) {
          setSearch({
            status: 'error',
            message: formatMessage(words.searchUnavailable, {
              error: formMessageText(result.error, requestText),
            }),
          })
          return
        }
        const { results, provider } = result.data
        setSearch({ status: 'done', results, providerNote: providerNoteOf(provider, words) })
      })
    }, DEBOUNCE_MS)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [text, words, requestText])

  const onChange = (value: string) => {
    setText(value)
    setAddError(null)
    const check = checkSearchQuery(value, words)
    setSearch(check.ok ? { status: 'searching' } : { status: 'idle', note: check.reason })
  }

  const add = async (hit: TSearchHit) => {
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
    if (full || adding !== null) return
    setAdding(hit.marketDataId)
    setAddError(null)
    const result = await resolveCoin(hit)
    setAdding(null)
    if (result.ok) onAdd(result.data)
    else
      setAddError(
        formatMessage(words.addFailed, {
          symbol: hit.symbol,
          error: formMessageText(result.error, requestText),
        }),
      )
  }

  return (
    <section className={styles.search} aria-labelledby={`${inputId}-title`}>
      <h2 className={styles.title} id={`${inputId}-title`}>
        {words.addTitle}
      </h2>
      <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId} className={styles.label}>
          {words.searchLabel}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className={styles.input}
          type="search"
          value={text}
          maxLength={SEARCH_MAX_LENGTH}
          autoComplete="off"
          spellCheck={false}
          placeholder={words.searchPlaceholder}
          aria-describedby={statusId}
          onChange={(event) => onChange(event.target.value)}
        />
      </form>
      <p id={statusId} className={styles.status} aria-live="polite">
        {statusText(search, full, words)}
      </p>
      {addError ? (
        <p className={styles.error} role="alert">
          {addError}
        </p>
      ) : null}
      {search.status === 'done' && search.results.length > 0 ? (
        <ul className={styles.results} aria-label={words.results}>
          {search.results.map((hit) => (
            <li key={hit.marketDataId} className={styles.result}>
              <span className={styles.symbol}>{hit.symbol}</span>
              <span className={styles.name}>
                {hit.nameZh ? `${hit.nameZh} · ${hit.name}` : hit.name}
              </span>
              {hit.rank !== null ? <span className={styles.rank}>#{hit.rank}</span> : null}
              {listedMarketDataIds.has(hit.marketDataId) ? (
                <span className={styles.listed}>{words.listed}</span>
              ) : (
                <button
                  type="button"
                  className={styles.addButton}
                  aria-label={formatMessage(words.addCoin, {
                    symbol: hit.symbol,
                    name: hit.nameZh ?? hit.name,
                  })}
                  aria-disabled={full || adding !== null}
                  onClick={() => void add(hit)}
                >
                  {adding === hit.marketDataId ? words.adding : words.add}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function statusText(search: TSearchState, full: boolean, words: TMessages['watchlist']): string {
  if (full) return formatMessage(words.full, { max: MAX_WATCHLIST_ITEMS })
  switch (search.status) {
    case 'idle':
      return search.note ?? ''
    case 'searching':
      return words.searching
    case 'error':
      return search.message
    case 'done': {
      const found = search.results.length
        ? formatMessage(words.found, { count: search.results.length })
        : words.notFound
      return search.providerNote ? `${found}${search.providerNote}` : found
    }
  }
}
