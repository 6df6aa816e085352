import type { TMessages } from '@/lib/i18n/messages'

import styles from './MarketBadges.module.css'

type TMarketText = { text: TMessages['market'] }

/** Marks figures that are too old to be presented as current. */
export function StaleBadge({ text }: TMarketText) {
  return <span className={styles.stale}>{text.stale}</span>
}

/** Marks figures that come from the offline provider's bundled samples, not from the market. */
export function SampleDataLabel({ text }: TMarketText) {
  return (
    <span className={styles.sample} title={text.sampleTitle}>
      {text.sample}
    </span>
  )
}
