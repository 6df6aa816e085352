'use client'

import { useEffect, useState } from 'react'

import { ChangeValue } from '@/components/market/ChangeValue'
import { freshnessOf } from '@/components/market/freshness'
import { SampleDataLabel, StaleBadge } from '@/components/market/MarketBadges'
import type { TQuote } from '@/components/market/quotesApi'
import { Sparkline } from '@/components/market/Sparkline'
import { formatMarketCap, formatPrice } from '@/lib/format/number'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import styles from './CoinFigures.module.css'

/** quotesApi checks the answer with zod: imported after hydration, not in the page's first scripts. */
const loadQuotesApi = () => import('./coinQuote')

type TFiguresText = Pick<
  TMessages['coin'],
  'figures' | 'rank' | 'price' | 'change24h' | 'marketCap' | 'trend7d' | 'loading' | 'unavailable'
>

type TState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'loaded'; quote: TQuote; sampleData: boolean; refreshSeconds: number; at: Date }

/**
 * A coin page's figures: rank, price, 24h, 市值 and the 7-day line, fetched as JSON after load
 * (GET /api/coins/quotes). The page's HTML holds none of them, so it is the same for everyone and
 * a price refresh never expires it. Until they arrive the slots are reserved (no layout shift).
 */
export function CoinFigures({
  marketDataId,
  locale,
  text,
  market,
}: {
  marketDataId: string
  locale: TLocale
  text: TFiguresText
  market: TMessages['market']
}) {
  const [state, setState] = useState<TState>({ status: 'loading' })

  useEffect(() => {
    const controller = new AbortController()
    void loadQuotesApi()
      .then(({ fetchCoinQuote }) => fetchCoinQuote(marketDataId, controller.signal))
      .then((result) => {
        if (controller.signal.aborted) return
        setState(
          result ? { status: 'loaded', ...result, at: new Date() } : { status: 'unavailable' },
        )
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'unavailable' })
      })
    return () => controller.abort()
  }, [marketDataId])

  const loaded = state.status === 'loaded' ? state : null
  const freshness = loaded
    ? freshnessOf({
        priceUpdatedAt: loaded.quote.priceUpdatedAt,
        refreshSeconds: loaded.refreshSeconds,
        now: loaded.at,
        stale: loaded.quote.stale,
        text: market,
      })
    : null
  const stale = freshness?.stale ?? false
  return (
    <section
      className={styles.figures}
      aria-label={text.figures}
      aria-busy={state.status === 'loading'}
      data-testid="coin-figures"
      data-state={state.status}
      title={freshness?.title}
    >
      <dl className={stale ? `${styles.list} ${styles.stale}` : styles.list}>
        <div>
          <dt>{text.price}</dt>
          <dd className={styles.price} data-testid="coin-price">
            {loaded ? formatPrice(loaded.quote.price) : ''}
          </dd>
        </div>
        <div>
          <dt>{text.change24h}</dt>
          <dd data-testid="coin-change">
            {loaded ? <ChangeValue value={loaded.quote.change24h} stale={stale} /> : ''}
          </dd>
        </div>
        <div>
          <dt>{text.marketCap}</dt>
          <dd data-testid="coin-market-cap">
            {loaded ? formatMarketCap(loaded.quote.marketCap, locale) : ''}
          </dd>
        </div>
        <div>
          <dt>{text.rank}</dt>
          <dd data-testid="coin-rank">
            {loaded ? (loaded.quote.rank === null ? '—' : `#${loaded.quote.rank}`) : ''}
          </dd>
        </div>
        <div className={styles.trend}>
          <dt>{text.trend7d}</dt>
          <dd>
            {loaded ? (
              <Sparkline points={loaded.quote.sparkline7d} width={160} height={40} text={market} />
            ) : null}
          </dd>
        </div>
      </dl>
      <p className={styles.status} role="status">
        {state.status === 'loading' ? text.loading : null}
        {state.status === 'unavailable' ? text.unavailable : null}
        {stale ? <StaleBadge text={market} /> : null}
        {loaded?.sampleData ? <SampleDataLabel text={market} /> : null}
      </p>
    </section>
  )
}
