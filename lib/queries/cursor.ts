import { z } from 'zod'

/**
 * A feed cursor names the last item shown: its publish time and id ("<ms base36>-<id>"). Paging by
 * cursor stays fast however deep a reader goes and does not shift when a story is published.
 */
export type TFeedCursor = { publishedAt: Date; id: string }

export const ZCursorSchema = z
  .string()
  .max(64)
  .regex(/^[0-9a-z]{1,11}-[0-9a-zA-Z]{1,32}$/, 'malformed cursor')
  .transform((value, context) => {
    const [time = '', id = ''] = value.split('-')
    const milliseconds = parseInt(time, 36)
    if (!Number.isSafeInteger(milliseconds) || milliseconds > 8.64e15) {
      context.addIssue({ code: 'custom', message: 'cursor time out of range' })
      return z.NEVER
    }
    return { publishedAt: new Date(milliseconds), id }
  })

export function encodeCursor(item: { publishedAt: string | null; id: string }): string | null {
  if (!item.publishedAt) return null
  return `${new Date(item.publishedAt).getTime().toString(36)}-${item.id}`
}
