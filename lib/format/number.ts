import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'

/** Figures as each edition's readers expect them. A missing figure (null) is shown as a dash, never 0. */
export const MISSING = '—'

/** toFixed that rounds half up on the decimal value a reader sees (1.265 → "1.27", not "1.26"). */
function fixed(value: number, decimals: number): string {
  const scale = 10 ** decimals
  return (Math.round(Number((value * scale).toPrecision(15))) / scale).toFixed(decimals)
}

/**
 * `value` with en-US digit grouping ("1,234,567.89"), as Intl.NumberFormat('en-US') writes it,
 * built by hand: these figures are drawn in the browser while the 我的自选 panel and the coin chips
 * hydrate, and a page's first Intl.NumberFormat loads ICU's number data, a long task of its own.
 * Rounds half up like `fixed`; tests/unit/format.test.ts compares it with Intl.
 */
export function grouped(value: number, decimals: number): string {
  const [integer = '0', fraction] = fixed(Math.abs(value), decimals).split('.')
  const sign = value < 0 || Object.is(value, -0) ? '-' : ''
  const digits = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? `${sign}${digits}` : `${sign}${digits}.${fraction}`
}

const trimZeros = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text)

/** The large-number units of each edition, biggest first: 万/亿 in Chinese, K/M/B in English. */
const CAP_UNITS: Record<TLocale, ReadonlyArray<readonly [number, string]>> = {
  'zh-CN': [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ],
  // Taiwan writes 10^12 as 兆.
  'zh-TW': [
    [1e12, '兆'],
    [1e8, '億'],
    [1e4, '萬'],
  ],
  en: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
}

/**
 * 市值 in each edition's units: 1.265e12 → "1.27万亿" (zh-CN), "1.27兆" (zh-TW), "1.27T" (en);
 * 8.5e10 → "850.00亿", "850.00億", "85.00B".
 */
export function formatMarketCap(
  value: number | null | undefined,
  locale: TLocale = DEFAULT_LOCALE,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING
  const absolute = Math.abs(value)
  for (const [size, unit] of CAP_UNITS[locale])
    if (absolute >= size) return `${fixed(value / size, 2)}${unit}`
  return grouped(value, 0)
}

/**
 * 价格 in US dollars, with a precision that suits the size: "$64,210.55", "$148.37", "$1.0002",
 * "$0.5231", "$0.00001734" (four significant digits below one dollar).
 */
export function formatPrice(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING
  const absolute = Math.abs(value)
  if (absolute === 0) return '$0.00'
  if (absolute >= 1000) return `$${grouped(value, 2)}`
  if (absolute >= 1) {
    const text = trimZeros(value.toFixed(4))
    const decimals = text.split('.')[1]?.length ?? 0
    return `$${decimals < 2 ? value.toFixed(2) : text}`
  }
  const digits = Math.min(20, Math.max(2, 3 - Math.floor(Math.log10(absolute))))
  return `$${trimZeros(value.toFixed(digits))}`
}

export type TDirection = 'up' | 'down' | 'flat'

export function directionOf(change: number | null | undefined): TDirection {
  if (change === null || change === undefined || !Number.isFinite(change)) return 'flat'
  if (Number(change.toFixed(2)) > 0) return 'up'
  if (Number(change.toFixed(2)) < 0) return 'down'
  return 'flat'
}

/** 24h% with its sign: "+1.84%", "-0.92%", "0.00%". */
export function formatChange(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING
  const direction = directionOf(value)
  const text = Math.abs(value).toFixed(2)
  if (direction === 'up') return `+${text}%`
  if (direction === 'down') return `-${text}%`
  return '0.00%'
}
