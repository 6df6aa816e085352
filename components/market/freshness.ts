import { formatMessage } from '@/lib/i18n/format'
import type { TMessages } from '@/lib/i18n/messages'
import { isStale } from '@/lib/market/staleness'

export type TFreshness = {
  /** Older than three refresh periods (or never refreshed): shown as 数据延迟, not as current. */
  stale: boolean
  /** For the row's `title`: when the figures were stored. */
  title: string
}

const twoDigits = (value: number) => String(value).padStart(2, '0')

/**
 * `YYYY-MM-DD HH:mm:ss` by the reader's own clock: these hover texts answer "how old is this, by
 * my clock?". It is lib/format/datetime's formatDateTime in the reader's time zone, written with
 * Date's local getters instead of Intl.DateTimeFormat: this runs for every row of the 我的自选
 * panel on every page, and a fresh page's first Intl.DateTimeFormat costs 50–100 ms of main
 * thread (ICU's time zone data) plus a few ms per formatter, inside the task that draws the panel.
 * tests/unit/watchlist-client-helpers.test.ts checks both give the same text.
 */
export function formatReaderDateTime(value: string | null | undefined): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const day = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}`
  return `${day} ${time}`
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
  text: TMessages['market']
}): TFreshness {
  const stale =
    input.stale ??
    isStale({
      priceUpdatedAt: input.priceUpdatedAt,
      refreshSeconds: input.refreshSeconds,
      now: input.now,
    })
  const when = formatReaderDateTime(input.priceUpdatedAt)
  const { text } = input
  const title = when ? formatMessage(text.updatedAt, { when }) : text.noUpdateTime
  return { stale, title: stale ? formatMessage(text.staleTitle, { title }) : title }
}
