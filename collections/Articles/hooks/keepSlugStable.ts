import type { FieldHook } from 'payload'

import { getEnv } from '@/lib/env'
import { shortId, slugFromTitle } from '@/lib/slug'

/** The slug an article with this title gets when the editor leaves the field empty. */
export function articleSlugFor(title: unknown, id?: string): string {
  return slugFromTitle(typeof title === 'string' ? title : '', {
    timeZone: getEnv().TZ_DISPLAY,
    id,
  })
}

/**
 * With autosave, Payload creates a new article's draft the moment the form opens, before any
 * title, and the form then sends back whatever slug that first save got. Such a draft gets a
 * provisional slug, and its first 发布 makes the real one from the title (with the provisional
 * short id, so publishing twice gives the same slug).
 */
const PROVISIONAL_SLUG = /^new-draft-([a-z0-9]{8})$/
export const provisionalSlug = (): string => `new-draft-${shortId()}`

const textOf = (value: unknown): string =>
  typeof value === 'string' && value.trim() ? value.trim() : ''

/**
 * A slug is made once from the title and then kept, so shared links never break; only a
 * provisional slug (above) changes, once, when the draft is first published.
 */
export const keepSlugStable: FieldHook = ({ value, originalDoc, data }) => {
  const original = originalDoc as { slug?: unknown; title?: unknown } | undefined
  const incoming = data as { title?: unknown; _status?: unknown } | undefined
  const given = textOf(value).toLowerCase()
  const existing = textOf(original?.slug)
  // A form that still shows the provisional slug after the first 发布 replaced it.
  const staleForm =
    PROVISIONAL_SLUG.test(given) && existing !== '' && !PROVISIONAL_SLUG.test(existing)
  const slug = given && !staleForm ? given : existing
  const title = textOf(incoming?.title) || textOf(original?.title)
  if (!slug) return title ? articleSlugFor(title) : provisionalSlug()
  const provisional = PROVISIONAL_SLUG.exec(slug)
  if (provisional && incoming?._status === 'published' && title)
    return articleSlugFor(title, provisional[1])
  return slug
}
