import { formatDateTime } from '../../lib/format/datetime'
import { isStale } from '../../lib/market/staleness'

export type TFreshness = {
  /** Older than three refresh periods (or never refreshed): shown as 数据延迟, not as current. */
  stale: boolean
  /** For the row's `title`: when the figures were stored. */
  title: string
}

/** The reader's own time zone: these hover texts answer "how old is this, by my clock?". */
function readerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

/**
 * How current a coin's figures are. `stale` may come decided by the server (the quotes endpoint
 * does); otherwise it is worked out here with the same rule (lib/market/staleness.ts).
 */
export function freshnessOf(input: {
  priceUpdatedAt: string | null | undefined
  refreshSeconds: number
  now: Date
  stale?: boolean
}): TFreshness {
  const stale =
    input.stale ??
    isStale({
      priceUpdatedAt: input.priceUpdatedAt,
      refreshSeconds: input.refreshSeconds,
      now: input.now,
    })
  const when = formatDateTime(input.priceUpdatedAt, readerTimeZone())
  const title = when ? `行情更新于 ${when}` : '暂无行情更新时间'
  return { stale, title: stale ? `${title}(数据延迟)` : title }
}
