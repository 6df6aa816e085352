import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'

/**
 * Building an Intl.DateTimeFormat loads time-zone and locale data and costs far more than using
 * one; a feed formats dozens of times per render, so one formatter per time zone is kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A publish time in the display time zone, to the second: `YYYY-MM-DD HH:mm:ss` in the Chinese
 * editions (the way the model page shows it), `5 Dec 2026, 16:48:46` in English (day first and a
 * month name: no reader has to guess which of 05/12 is the month).
 */
export function formatDateTime(
  value: string | Date | null | undefined,
  timeZone: string,
  locale: TLocale = DEFAULT_LOCALE,
): string {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const parts = formatterFor(timeZone).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '00'
  const time = `${part('hour')}:${part('minute')}:${part('second')}`
  if (locale === 'en')
    return `${Number(part('day'))} ${MONTHS[Number(part('month')) - 1]} ${part('year')}, ${time}`
  return `${part('year')}-${part('month')}-${part('day')} ${time}`
}

/** The same without seconds, for lists. */
export function formatDateTimeShort(
  value: string | Date | null | undefined,
  timeZone: string,
  locale: TLocale = DEFAULT_LOCALE,
) {
  return formatDateTime(value, timeZone, locale).slice(0, -3)
}
