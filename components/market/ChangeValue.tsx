import { directionOf, formatChange } from '@/lib/format/number'
import styles from './ChangeValue.module.css'

/**
 * 24h% with its sign, coloured 红涨绿跌 through --color-up / --color-down. Stale figures are not
 * coloured: a colour would present an old move as today's.
 */
export function ChangeValue({ value, stale = false }: { value: number | null; stale?: boolean }) {
  const direction = stale ? 'flat' : directionOf(value)
  return (
    <span className={styles[direction]} data-direction={direction}>
      {formatChange(value)}
    </span>
  )
}
