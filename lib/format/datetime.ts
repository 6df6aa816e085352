/** `YYYY-MM-DD HH:mm:ss` in the display time zone, the way the model page shows publish times. */
export function formatDateTime(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
}

/** The same without seconds, for lists. */
export function formatDateTimeShort(value: string | Date | null | undefined, timeZone: string) {
  return formatDateTime(value, timeZone).slice(0, 16)
}
