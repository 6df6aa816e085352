'use client'

import { useCallback, useSyncExternalStore } from 'react'

import { ChangeValue } from '@/components/market/ChangeValue'
import { freshnessOf } from '@/components/market/freshness'
import { SampleDataLabel, StaleBadge } from '@/components/market/MarketBadges'
import { PageLink } from '@/components/portal/PageLink'
import { coinHref } from '@/lib/coins/coinHref'
import { moveSincePublish } from '@/lib/flash/reaction'
import { formatPrice } from '@/lib/format/number'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TCoinRef } from '@/lib/queries/cards'

import styles from './FlashCoinChips.module.css'
import { noQuotes, quoteState, subscribeQuotes } from './flashQuoteStore'

/**
 * A flash's coins: the symbol (server-rendered, so the cached page is the same for everyone),
 * then, once the timeline's one quotes request answers, the price now and 发布后涨跌, the move
 * since the flash went live, coloured 红涨绿跌 like the panel and labelled 示例数据 / 数据延迟 as
 * it is.
 */
export function FlashCoinChips({
  coins,
  pricesAtPublish,
  locale,
  text,
  market,
}: {
  coins: TCoinRef[]
  /** The price of each linked coin when the flash was published, by coin id. */
  pricesAtPublish: Record<string, number>
  /** The edition: the symbol links to the coin's page in it. */
  locale: TLocale
  text: TMessages['flash']
  market: TMessages['market']
}) {
  const idsKey = coins.map((coin) => coin.marketDataId).join(',')
  const subscribe = useCallback(
    (listener: () => void) => subscribeQuotes(idsKey.split(','), listener),
    [idsKey],
  )
  const loaded = useSyncExternalStore(subscribe, quoteState, noQuotes)
  if (coins.length === 0) return null
  const anyQuote = coins.some((coin) => loaded?.byMarketDataId.has(coin.marketDataId))
  return (
    <div className={styles.wrap}>
      <ul className={styles.chips} aria-label={text.coins}>
        {coins.map((coin) => {
          const quote = loaded?.byMarketDataId.get(coin.marketDataId)
          const freshness =
            loaded && quote
              ? freshnessOf({
                  priceUpdatedAt: quote.priceUpdatedAt,
                  refreshSeconds: loaded.refreshSeconds,
                  now: loaded.loadedAt,
                  stale: quote.stale,
                  text: market,
                })
              : null
          const move = moveSincePublish(pricesAtPublish[coin.id], quote?.price)
          return (
            <li key={coin.id} className={styles.chip} title={coin.nameZh ?? coin.name}>
              <PageLink href={coinHref(locale, coin.marketDataId)} className={styles.symbol}>
                {coin.symbol}
              </PageLink>
              {quote && freshness ? (
                <>
                  <span className={styles.price}>{formatPrice(quote.price)}</span>
                  {move !== null ? (
                    <span className={styles.move}>
                      {text.sincePublish} <ChangeValue value={move} stale={freshness.stale} />
                    </span>
                  ) : null}
                  {freshness.stale ? <StaleBadge text={market} /> : null}
                </>
              ) : null}
            </li>
          )
        })}
      </ul>
      {anyQuote && loaded?.sampleData ? <SampleDataLabel text={market} /> : null}
    </div>
  )
}
