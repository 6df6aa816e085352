import { z } from 'zod'

import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '@/lib/slug'

/** A feed scope: `all` (全部) or a tag slug. Anything else is refused before reaching the database. */
export const ZScopeSchema = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN, 'malformed tag')

/** Numbered pages (`?page=N`): positive integers in a sane range. */
export const ZPageNumberSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/, 'page must be a positive whole number')
  .transform(Number)

/** decodeURIComponent that answers null for malformed escapes (`%FF`) instead of throwing. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}
