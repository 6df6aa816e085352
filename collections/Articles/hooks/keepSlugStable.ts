import type { FieldHook } from 'payload'

import { getEnv } from '@/lib/env'
import { slugFromTitle } from '@/lib/slug'

/** The slug an article with this title gets when the editor leaves the field empty. */
export function articleSlugFor(title: unknown): string {
  return slugFromTitle(typeof title === 'string' ? title : '', { timeZone: getEnv().TZ_DISPLAY })
}

const hasText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== ''

/**
 * A slug is made once from the title and then kept, so shared links never break. One exception:
 * with autosave, Payload creates the draft the moment the form opens, before any title, so its
 * slug is made from nothing (date-id). While that untitled draft was never published and the
 * editor left its slug alone, the first title gives it the slug it would have had.
 */
export const keepSlugStable: FieldHook = ({ value, originalDoc, data }) => {
  const original = originalDoc as { slug?: unknown; title?: unknown; _status?: unknown } | undefined
  const title = (data as { title?: unknown } | undefined)?.title
  const existing = original?.slug
  const madeBeforeAnyTitle =
    original !== undefined &&
    !hasText(original.title) &&
    original._status !== 'published' &&
    hasText(existing) &&
    (!hasText(value) || value.trim().toLowerCase() === existing)
  if (madeBeforeAnyTitle && hasText(title)) return articleSlugFor(title)
  if (hasText(value)) return value.trim().toLowerCase()
  if (hasText(existing)) return existing
  return articleSlugFor(title)
}
