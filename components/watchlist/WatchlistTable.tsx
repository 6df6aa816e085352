import { formatMarketCap, formatPrice } from '@/lib/format/number'
import { formatMessage } from '@/lib/i18n/format'
import type { TWatchlistCoin } from '@/lib/watchlist/contract'
import type { TMoveDirection } from '@/lib/watchlist/listOps'
import { ChangeValue } from '@/components/market/ChangeValue'
import { StaleBadge } from '@/components/market/MarketBadges'
import { Sparkline } from '@/components/market/Sparkline'
import { PageLink } from '@/components/portal/PageLink'
import { coinHref } from '@/lib/coins/coinHref'
import { coinFreshness, type TCoinTableProps } from './coinTable'

type TWords = TCoinTableProps['text']['watchlist']
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
  const { coins, caption, actions, text, locale } = props
  const words = text.watchlist
  const withSparklines = coins.some((coin) => (coin.sparkline7d?.length ?? 0) > 1)
  return (
    <table className={styles.table} role="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead className={styles.head} role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {words.coin}
          </th>
          <th scope="col" role="columnheader">
            {words.marketCap}
          </th>
          <th scope="col" role="columnheader">
            {words.price}
          </th>
          <th scope="col" role="columnheader">
            {words.change24h}
          </th>
          {withSparklines ? (
            <th scope="col" role="columnheader" className={styles.sparkCol}>
              {words.trend7d}
            </th>
          ) : null}
          {actions ? (
            <th scope="col" role="columnheader">
              {words.actions}
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
                  <PageLink href={coinHref(locale, coin.marketDataId)} className={styles.coinLink}>
                    <span className={styles.symbol}>{coin.symbol}</span>
                    <span className={styles.name}>{coin.name}</span>
                  </PageLink>
                  {freshness.stale ? <StaleBadge text={text.market} /> : null}
                </span>
              </th>
              <td role="cell" className={styles.cap} data-label={words.marketCap}>
                {formatMarketCap(coin.marketCap, locale)}
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
                  <Sparkline points={coin.sparkline7d} text={text.market} />
                </td>
              ) : null}
              {actions ? (
                <td role="cell" className={styles.actions}>
                  <RowButtons
                    coin={coin}
                    isFirst={index === 0}
                    isLast={index === coins.length - 1}
                    actions={actions}
                    words={words}
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
  words,
}: {
  coin: TWatchlistCoin
  isFirst: boolean
  isLast: boolean
  actions: TRowActions
  words: TWords
}) {
  return (
    <div className={styles.buttons}>
      <MoveButton
        coin={coin}
        direction="up"
        atEnd={isFirst}
        onMove={actions.onMove}
        words={words}
      />
      <MoveButton
        coin={coin}
        direction="down"
        atEnd={isLast}
        onMove={actions.onMove}
        words={words}
      />
      <button
        type="button"
        className={styles.removeButton}
        aria-label={formatMessage(words.removeCoin, { symbol: coin.symbol })}
        data-action="remove"
        onClick={() => actions.onRemove(coin.id)}
      >
        {words.remove}
      </button>
    </div>
  )
}

const MOVES = {
  up: { label: 'moveUp', named: 'moveUpCoin', arrow: '↑' },
  down: { label: 'moveDown', named: 'moveDownCoin', arrow: '↓' },
} as const satisfies Record<
  TMoveDirection,
  {
    label: keyof TWords
    named: keyof TWords
    arrow: string
  }
>

function MoveButton({
  coin,
  direction,
  atEnd,
  onMove,
  words,
}: {
  coin: TWatchlistCoin
  direction: TMoveDirection
  words: TWords
  /** Already first (上移) or last (下移): still focusable; the list only announces where it is. */
  atEnd: boolean
  onMove: TRowActions['onMove']
}) {
  const { label, named, arrow } = MOVES[direction]
  return (
    <button
      type="button"
      className={styles.iconButton}
      aria-label={formatMessage(words[named], { symbol: coin.symbol })}
      title={words[label]}
      aria-disabled={atEnd}
      data-action={direction}
      onClick={() => onMove(coin.id, direction)}
    >
      <span aria-hidden="true">{arrow}</span>
    </button>
  )
}
