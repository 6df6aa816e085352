'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useEffect, useState } from 'react'

import { coinHref } from '@/lib/coins/coinHref'
import { formatDateTimeShort } from '@/lib/format/datetime'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TWatchlistNewsItem } from '@/lib/watchlist/newsContract'
import { fetchWatchlistNews } from './newsApi'
import { useLoginHref } from './useLoginHref'
import styles from './WatchlistNews.module.css'

type TText = TMessages['watchlistNews']

type TState =
  | { kind: 'loading' }
  | { kind: 'visitor' }
  | { kind: 'error' }
  | {
      kind: 'ready'
      items: TWatchlistNewsItem[]
      nextCursor: string | null
      watchlistCoins: number
      more: 'idle' | 'loading' | 'error'
    }

/**
 * 自选资讯: the articles and 快讯 about the reader's watchlist coins, loaded in the browser (the
 * page's HTML is the same for everyone). `limit` shows only the newest few with a link to the
 * whole list (the 我的自选 panel's tab); without it, 加载更多 pages on (/watchlist/news).
 */
export function WatchlistNews({
  locale,
  timeZone,
  text,
  limit,
}: {
  locale: TLocale
  timeZone: string
  text: TText
  limit?: number
}) {
  const [state, setState] = useState<TState>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const loginHref = useLoginHref(locale, '/watchlist/news')

  useEffect(() => {
    const controller = new AbortController()
    fetchWatchlistNews(locale, null, controller.signal).then((answer) => {
      if (controller.signal.aborted) return
      if (answer.ok) setState({ kind: 'ready', ...answer.data, more: 'idle' })
      else setState({ kind: answer.status === 401 ? 'visitor' : 'error' })
    })
    return () => controller.abort()
  }, [locale, attempt])

  async function loadMore(cursor: string) {
    setState((current) => (current.kind === 'ready' ? { ...current, more: 'loading' } : current))
    const answer = await fetchWatchlistNews(locale, cursor)
    setState((current) => {
      if (current.kind !== 'ready') return current
      if (!answer.ok) return { ...current, more: 'error' }
      return {
        ...current,
        items: [...current.items, ...answer.data.items],
        nextCursor: answer.data.nextCursor,
        more: 'idle',
      }
    })
  }

  if (state.kind === 'loading')
    return (
      <p className={styles.notice} role="status">
        {text.loading}
      </p>
    )
  if (state.kind === 'visitor')
    return (
      <div className={styles.notice}>
        <p>{text.visitor}</p>
        <PageLink href={loginHref} className={styles.action}>
          {text.goLogin}
        </PageLink>
      </div>
    )
  if (state.kind === 'error')
    return (
      <div className={styles.notice} role="status">
        <p>{text.unavailable}</p>
        <button type="button" className={styles.action} onClick={() => setAttempt((n) => n + 1)}>
          {text.retry}
        </button>
      </div>
    )

  const watchlistHref = localizedPath(locale, '/watchlist')
  if (state.watchlistCoins === 0)
    return (
      <div className={styles.notice}>
        <p>{text.empty}</p>
        <PageLink href={watchlistHref} className={styles.action}>
          {text.addCoins}
        </PageLink>
      </div>
    )
  if (state.items.length === 0)
    return (
      <div className={styles.notice}>
        <p>{text.none}</p>
        <PageLink href={watchlistHref}>{text.editList}</PageLink>
      </div>
    )

  const shown = limit === undefined ? state.items : state.items.slice(0, limit)
  return (
    <>
      <ol className={styles.list}>
        {shown.map((item) => (
          <li key={`${item.kind}:${item.id}`} className={styles.item}>
            <PageLink href={item.href} className={styles.title}>
              <span className={item.kind === 'flash' ? styles.flashKind : styles.kind}>
                {item.kind === 'flash' ? text.flash : text.article}
              </span>
              {item.title}
            </PageLink>
            <div className={styles.meta}>
              <time dateTime={item.publishedAt}>
                {formatDateTimeShort(item.publishedAt, timeZone, locale)}
              </time>
              <ul className={styles.coins} aria-label={text.matched}>
                {item.coins.map((coin) => (
                  <li key={coin.id}>
                    <a className={styles.coin} href={coinHref(locale, coin.marketDataId)}>
                      {coin.symbol}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ol>
      {limit !== undefined ? (
        <p className={styles.footer}>
          <PageLink href={localizedPath(locale, '/watchlist/news')}>{text.viewAll}</PageLink>
        </p>
      ) : state.nextCursor ? (
        <p className={styles.footer}>
          <button
            type="button"
            className={styles.action}
            disabled={state.more === 'loading'}
            onClick={() => state.nextCursor && loadMore(state.nextCursor)}
          >
            {state.more === 'loading' ? text.loadingMore : text.loadMore}
          </button>
          {state.more === 'error' ? (
            <span role="status" className={styles.error}>
              {text.unavailable}
            </span>
          ) : null}
        </p>
      ) : (
        <p className={styles.footer}>{text.end}</p>
      )}
    </>
  )
}
