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

/** `YYYY-MM-DD HH:mm:ss` in the display time zone, the way the model page shows publish times. */
export function formatDateTime(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const parts = formatterFor(timeZone).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
}

/** The same without seconds, for lists. */
export function formatDateTimeShort(value: string | Date | null | undefined, timeZone: string) {
  return formatDateTime(value, timeZone).slice(0, 16)
}
