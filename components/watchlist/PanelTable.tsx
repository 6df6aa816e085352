import { formatMarketCap, formatPrice } from '@/lib/format/number'
import { ChangeValue } from '@/components/market/ChangeValue'
import { StaleBadge } from '@/components/market/MarketBadges'
import { coinFreshness, type TCoinTableProps } from './coinTable'
import styles from './PanelTable.module.css'

/**
 * The panel's compact table: 币种, 市值, 价格, 24h%. A stale row shows 数据延迟 where the 24h%
 * would be and greys its figures, so old numbers are never presented as today's.
 */
export function PanelTable(props: TCoinTableProps) {
  const { coins, caption } = props
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">币种</th>
          <th scope="col">市值</th>
          <th scope="col">价格</th>
          <th scope="col">24h%</th>
        </tr>
      </thead>
      <tbody>
        {coins.map((coin) => {
          const freshness = coinFreshness(coin, props)
          return (
            <tr
              key={coin.id}
              title={`${coin.name} · ${freshness.title}`}
              className={freshness.stale ? styles.stale : undefined}
              data-stale={freshness.stale || undefined}
            >
              <th scope="row" className={styles.symbol}>
                {coin.symbol}
              </th>
              <td>{formatMarketCap(coin.marketCap)}</td>
              <td>{formatPrice(coin.price)}</td>
              <td>{freshness.stale ? <StaleBadge /> : <ChangeValue value={coin.change24h} />}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
