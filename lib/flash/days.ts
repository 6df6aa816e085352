import { formatDateTime } from '@/lib/format/datetime'
import type { TLocale } from '@/lib/i18n/locales'

/**
 * A flash timeline is read by day, and "day" is the reader's display time zone's, not the
 * server's: an item at 01:30 in Shanghai is 17:30 UTC the evening before. formatDateTime's
 * cached per-zone formatter already gives `YYYY-MM-DD HH:mm:ss` in a zone, so it is reused here.
 */

/** `YYYY-MM-DD` of an instant in `timeZone`; '' for an unparsable time. */
export function dayKey(iso: string, timeZone: string): string {
  return formatDateTime(iso, timeZone).slice(0, 10)
}

/** `HH:mm:ss` (24-hour) of an instant in `timeZone`; '' for an unparsable time. */
export function timeOfDay(iso: string, timeZone: string): string {
  return formatDateTime(iso, timeZone).slice(11)
}

const ZH_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** A `YYYY-MM-DD` key as a UTC midnight, so calendar arithmetic ignores every time zone. */
function calendarDate(key: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key)
  if (!match) return null
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * The heading of a day in the timeline: today / yesterday (in `timeZone`), else `12月2日 星期三` /
 * `Wednesday, 2 December`, with the year when it is not this year's. An unreadable key is returned
 * as it is.
 */
export function dayLabel(
  dayKey: string,
  now: Date,
  timeZone: string,
  locale: TLocale,
  text: { today: string; yesterday: string },
): string {
  const date = calendarDate(dayKey)
  if (!date) return dayKey
  const today = calendarDate(formatDateTime(now, timeZone).slice(0, 10))
  if (today) {
    const daysAgo = Math.round((today.getTime() - date.getTime()) / 86_400_000)
    if (daysAgo === 0) return text.today
    if (daysAgo === 1) return text.yesterday
  }
  const year = date.getUTCFullYear()
  const showYear = today !== null && year !== today.getUTCFullYear()
  const month = date.getUTCMonth()
  const day = date.getUTCDate()
  const weekday = date.getUTCDay()
  if (locale === 'en')
    return `${EN_WEEKDAYS[weekday]}, ${day} ${EN_MONTHS[month]}${showYear ? ` ${year}` : ''}`
  return `${showYear ? `${year}年` : ''}${month + 1}月${day}日 星期${ZH_WEEKDAYS[weekday]}`
}

/**
 * Runs of items on the same day in `timeZone`, in the order given (the timeline's, newest first).
 * Items with no or an unparsable publish time have no day and are left out.
 */
export function groupByDay<T extends { publishedAt: string | null }>(
  items: T[],
  timeZone: string,
): { day: string; items: T[] }[] {
  const groups: { day: string; items: T[] }[] = []
  for (const item of items) {
    if (!item.publishedAt) continue
    const day = dayKey(item.publishedAt, timeZone)
    if (!day) continue
    const last = groups[groups.length - 1]
    if (last?.day === day) last.items.push(item)
    else groups.push({ day, items: [item] })
  }
  return groups
}
