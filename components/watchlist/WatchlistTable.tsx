import { formatMarketCap, formatPrice } from '@/lib/format/number'
import type { TWatchlistCoin } from '@/lib/watchlist/contract'
import type { TMoveDirection } from '@/lib/watchlist/listOps'
import { ChangeValue } from '@/components/market/ChangeValue'
import { freshnessOf } from '@/components/market/freshness'
import { StaleBadge } from '@/components/market/MarketBadges'
import { Sparkline } from '@/components/market/Sparkline'
import styles from './WatchlistTable.module.css'

export type TRowActions = {
  onMove: (id: string, direction: TMoveDirection) => void
  onRemove: (id: string) => void
}

/**
 * The full list on /watchlist: 市值, 价格, 24h%, the 7-day line when the data has one, and, for
 * the owner, 上移 / 下移 / 移除 per row. The buttons at either end stay focusable (aria-disabled
 * rather than disabled) so keyboard focus never falls off a row that has just moved there.
 * On phones each row becomes a two-line card; the explicit roles keep the table semantics that
 * some browsers drop when a table's display changes.
 */
export function WatchlistTable({
  coins,
  caption,
  refreshSeconds,
  now,
  actions,
}: {
  coins: readonly TWatchlistCoin[]
  caption: string
  refreshSeconds: number
  now: Date
  actions?: TRowActions
}) {
  const withSparklines = coins.some((coin) => (coin.sparkline7d?.length ?? 0) > 1)
  return (
    <table className={styles.table} role="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead className={styles.head} role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            币种
          </th>
          <th scope="col" role="columnheader">
            市值
          </th>
          <th scope="col" role="columnheader">
            价格
          </th>
          <th scope="col" role="columnheader">
            24h%
          </th>
          {withSparklines ? (
            <th scope="col" role="columnheader" className={styles.sparkCol}>
              7日走势
            </th>
          ) : null}
          {actions ? (
            <th scope="col" role="columnheader">
              操作
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {coins.map((coin, index) => {
          const freshness = freshnessOf({
            priceUpdatedAt: coin.priceUpdatedAt,
            refreshSeconds,
            now,
          })
          return (
            <tr
              key={coin.id}
              role="row"
              className={freshness.stale ? `${styles.row} ${styles.stale}` : styles.row}
              title={freshness.title}
              data-coin-row={coin.id}
            >
              <th scope="row" role="rowheader" className={styles.coinCell}>
                <span className={styles.coin}>
                  <span className={styles.position}>{index + 1}</span>
                  <span className={styles.symbol}>{coin.symbol}</span>
                  <span className={styles.name}>{coin.name}</span>
                  {freshness.stale ? <StaleBadge /> : null}
                </span>
              </th>
              <td role="cell" className={styles.cap} data-label="市值">
                {formatMarketCap(coin.marketCap)}
              </td>
              <td role="cell" className={styles.price}>
                {formatPrice(coin.price)}
              </td>
              <td role="cell" className={styles.change}>
                <ChangeValue value={coin.change24h} stale={freshness.stale} />
              </td>
              {withSparklines ? (
                <td role="cell" className={styles.spark}>
                  {/* Its own label names the 7-day move (近 7 日走势:下跌 2.10%). */}
                  <Sparkline points={coin.sparkline7d} />
                </td>
              ) : null}
              {actions ? (
                <td role="cell" className={styles.actions}>
                  <RowButtons
                    coin={coin}
                    isFirst={index === 0}
                    isLast={index === coins.length - 1}
                    actions={actions}
                  />
                </td>
              ) : null}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

function RowButtons({
  coin,
  isFirst,
  isLast,
  actions,
}: {
  coin: TWatchlistCoin
  isFirst: boolean
  isLast: boolean
  actions: TRowActions
}) {
  return (
    <div className={styles.buttons}>
      <button
        type="button"
        className={styles.iconButton}
        aria-label={`上移 ${coin.symbol}`}
        title="上移"
        aria-disabled={isFirst}
        data-action="up"
        onClick={() => actions.onMove(coin.id, 'up')}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className={styles.iconButton}
        aria-label={`下移 ${coin.symbol}`}
        title="下移"
        aria-disabled={isLast}
        data-action="down"
        onClick={() => actions.onMove(coin.id, 'down')}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className={styles.removeButton}
        aria-label={`移除 ${coin.symbol}`}
        data-action="remove"
        onClick={() => actions.onRemove(coin.id)}
      >
        移除
      </button>
    </div>
  )
}
