import { formatMarketCap, formatPrice } from '@/lib/format/number'
import type { TWatchlistCoin } from '@/lib/watchlist/contract'
import type { TMoveDirection } from '@/lib/watchlist/listOps'
import { ChangeValue } from '@/components/market/ChangeValue'
import { StaleBadge } from '@/components/market/MarketBadges'
import { Sparkline } from '@/components/market/Sparkline'
import { coinFreshness, type TCoinTableProps } from './coinTable'
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
export function WatchlistTable(props: TCoinTableProps & { actions?: TRowActions }) {
  const { coins, caption, actions } = props
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
          const freshness = coinFreshness(coin, props)
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
      <MoveButton coin={coin} direction="up" atEnd={isFirst} onMove={actions.onMove} />
      <MoveButton coin={coin} direction="down" atEnd={isLast} onMove={actions.onMove} />
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

const MOVES = {
  up: { label: '上移', arrow: '↑' },
  down: { label: '下移', arrow: '↓' },
} as const satisfies Record<TMoveDirection, { label: string; arrow: string }>

function MoveButton({
  coin,
  direction,
  atEnd,
  onMove,
}: {
  coin: TWatchlistCoin
  direction: TMoveDirection
  /** Already first (上移) or last (下移): still focusable; the list only announces where it is. */
  atEnd: boolean
  onMove: TRowActions['onMove']
}) {
  const { label, arrow } = MOVES[direction]
  return (
    <button
      type="button"
      className={styles.iconButton}
      aria-label={`${label} ${coin.symbol}`}
      title={label}
      aria-disabled={atEnd}
      data-action={direction}
      onClick={() => onMove(coin.id, direction)}
    >
      <span aria-hidden="true">{arrow}</span>
    </button>
  )
}
