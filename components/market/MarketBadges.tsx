import styles from './MarketBadges.module.css'

/** Marks figures that are too old to be presented as current. */
export function StaleBadge() {
  return <span className={styles.stale}>数据延迟</span>
}

/** Marks figures that come from the offline provider's bundled samples, not from the market. */
export function SampleDataLabel() {
  return (
    <span className={styles.sample} title="离线示例数据,并非实时行情">
      示例数据
    </span>
  )
}
