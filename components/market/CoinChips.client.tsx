'use client'

import { useEffect, useState } from 'react'

import { PageLink } from '@/components/portal/PageLink'
import { coinHref } from '@/lib/coins/coinHref'
import { formatPrice } from '@/lib/format/number'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import { ChangeValue } from './ChangeValue'
import styles from './CoinChips.module.css'
import { freshnessOf } from './freshness'
import { SampleDataLabel, StaleBadge } from './MarketBadges'
import type { TQuote } from './quotesApi'

/** quotesApi checks the answer with zod: imported after hydration, not in the page's first scripts. */
const loadQuotesApi = () => import('./quotesApi')

export type TCoinChip = { id: string; symbol: string; name: string; marketDataId: string }

type TLoaded = {
  byMarketDataId: Map<string, TQuote>
  sampleData: boolean
  refreshSeconds: number
  loadedAt: Date
}

/**
 * The coins under an article title. The server renders symbols only, so the article HTML is the
 * same for everyone and never goes stale with prices; figures are fetched in one request after
 * mount. Until they arrive, or if the request fails, the chips simply show the symbols.
 */
export function CoinChips({
  coins,
  locale,
  text,
}: {
  coins: TCoinChip[]
  /** The edition: each chip links to the coin's page in it. */
  locale: TLocale
  text: TMessages['market']
}) {
  const [loaded, setLoaded] = useState<TLoaded | null>(null)
  const idsKey = coins.map((coin) => coin.marketDataId).join(',')

  useEffect(() => {
    if (!idsKey) return
    const controller = new AbortController()
    void loadQuotesApi()
      .then(({ fetchQuotes }) => fetchQuotes(idsKey.split(','), controller.signal))
      .then((result) => {
        if (!result.ok) return // symbols only: the article is what matters here
        setLoaded({
          byMarketDataId: new Map(result.data.docs.map((quote) => [quote.marketDataId, quote])),
          sampleData: result.data.sampleData,
          refreshSeconds: result.data.refreshSeconds,
          loadedAt: new Date(),
        })
      })
      .catch(() => {}) // its script did not load: symbols only, as for a failed request
    return () => controller.abort()
  }, [idsKey])

  if (coins.length === 0) return null
  return (
    <div className={styles.wrap}>
      <ul className={styles.chips} aria-label={text.coins}>
        {coins.map((coin) => (
          <li key={coin.id} className={styles.chip}>
            <PageLink href={coinHref(locale, coin.marketDataId)} className={styles.link}>
              <CoinChipFigures coin={coin} loaded={loaded} text={text} />
            </PageLink>
          </li>
        ))}
      </ul>
      {loaded?.sampleData ? <SampleDataLabel text={text} /> : null}
    </div>
  )
}

function CoinChipFigures({
  coin,
  loaded,
  text,
}: {
  coin: TCoinChip
  loaded: TLoaded | null
  text: TMessages['market']
}) {
  const quote = loaded?.byMarketDataId.get(coin.marketDataId)
  if (!loaded || !quote) {
    // The figures' slots, empty, so the chip is as wide now as with prices: no chip moves when
    // they arrive.
    return (
      <span className={styles.figures} title={coin.name}>
        <span className={styles.symbol}>{coin.symbol}</span>
        <span className={styles.price} />
        <span className={styles.change} />
      </span>
    )
  }
  const freshness = freshnessOf({
    priceUpdatedAt: quote.priceUpdatedAt,
    refreshSeconds: loaded.refreshSeconds,
    now: loaded.loadedAt,
    stale: quote.stale,
    text,
  })
  return (
    <span className={styles.figures} title={`${coin.name} · ${freshness.title}`}>
      <span className={styles.symbol}>{coin.symbol}</span>
      <span className={styles.price}>{formatPrice(quote.price)}</span>
      <span className={styles.change}>
        <ChangeValue value={quote.change24h} stale={freshness.stale} />
      </span>
      {freshness.stale ? <StaleBadge text={text} /> : null}
    </span>
  )
}
