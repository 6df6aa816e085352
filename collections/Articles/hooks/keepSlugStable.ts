import type { FieldHook } from 'payload'

import { slugFromTitle } from '@/lib/slug'

/** A slug is made once from the title and then kept, so shared links never break. */
export const keepSlugStable: FieldHook = ({ value, originalDoc, data }) => {
  if (typeof value === 'string' && value.trim()) return value.trim().toLowerCase()
  const existing = (originalDoc as { slug?: unknown } | undefined)?.slug
  if (typeof existing === 'string' && existing) return existing
  const title = (data as { title?: unknown } | undefined)?.title
  return slugFromTitle(typeof title === 'string' ? title : '')
}
