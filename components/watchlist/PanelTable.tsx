import { formatMarketCap, formatPrice } from '@/lib/format/number'
import { ChangeValue } from '@/components/market/ChangeValue'
import { PageLink } from '@/components/portal/PageLink'
import { coinHref } from '@/lib/coins/coinHref'
import { StaleBadge } from '@/components/market/MarketBadges'
import type { TWatchlistCoin } from '@/lib/watchlist/contract'
import { coinFreshness, type TCoinTableProps } from './coinTable'
import styles from './PanelTable.module.css'

/**
 * The panel's compact table: 币种, 市值, 价格, 24h%. A stale row shows 数据延迟 where the 24h%
 * would be and greys its figures, so old numbers are never presented as today's. `popular` rows
 * (热门币种 under a short personal list) follow in a row group of their own, under its name.
 */
export function PanelTable(props: TCoinTableProps & { popular?: readonly TWatchlistCoin[] }) {
  const { coins, caption, popular = [], text } = props
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.watchlist.coin}</th>
          <th scope="col">{text.watchlist.marketCap}</th>
          <th scope="col">{text.watchlist.price}</th>
          <th scope="col">{text.watchlist.change24h}</th>
        </tr>
      </thead>
      {coins.length > 0 ? <tbody>{coins.map((coin) => row(coin, props))}</tbody> : null}
      {popular.length > 0 ? (
        <tbody className={styles.popular} data-testid="panel-popular">
          <tr>
            <th scope="rowgroup" colSpan={4} className={styles.groupTitle}>
              {text.watchlist.popular}
            </th>
          </tr>
          {popular.map((coin) => row(coin, props))}
        </tbody>
      ) : null}
    </table>
  )
}

function row(coin: TWatchlistCoin, table: TCoinTableProps) {
  const freshness = coinFreshness(coin, table)
  return (
    <tr
      key={coin.id}
      title={`${coin.name} · ${freshness.title}`}
      className={freshness.stale ? styles.stale : undefined}
      data-stale={freshness.stale || undefined}
    >
      <th scope="row" className={styles.symbol}>
        <PageLink href={coinHref(table.locale, coin.marketDataId)}>{coin.symbol}</PageLink>
      </th>
      <td>{formatMarketCap(coin.marketCap, table.locale)}</td>
      <td>{formatPrice(coin.price)}</td>
      <td>
        {freshness.stale ? (
          <StaleBadge text={table.text.market} />
        ) : (
          <ChangeValue value={coin.change24h} />
        )}
      </td>
    </tr>
  )
}
