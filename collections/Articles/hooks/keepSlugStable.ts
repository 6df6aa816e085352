import type { FieldHook } from 'payload'

import { getEnv } from '@/lib/env'
import { slugFromTitle } from '@/lib/slug'

/** The slug an article with this title gets when the editor leaves the field empty. */
export function articleSlugFor(title: unknown): string {
  return slugFromTitle(typeof title === 'string' ? title : '', { timeZone: getEnv().TZ_DISPLAY })
}

/** A slug is made once from the title and then kept, so shared links never break. */
export const keepSlugStable: FieldHook = ({ value, originalDoc, data }) => {
  if (typeof value === 'string' && value.trim()) return value.trim().toLowerCase()
  const existing = (originalDoc as { slug?: unknown } | undefined)?.slug
  if (typeof existing === 'string' && existing) return existing
  return articleSlugFor((data as { title?: unknown } | undefined)?.title)
}
