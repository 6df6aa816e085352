import type { TLocale } from '@/lib/i18n/locales'
import { getAuthorBySlug } from './authors'
import { safeDecode, ZScopeSchema } from './scope'

/**
 * The author a URL's slug names, or null: a malformed slug (bad escapes, characters no slug has)
 * never reaches the database, and the pages answer it with their 404 like an unknown one.
 */
export async function resolveAuthor(rawSlug: string, locale: TLocale) {
  const slug = ZScopeSchema.safeParse(safeDecode(rawSlug))
  if (!slug.success) return null
  return getAuthorBySlug(slug.data, locale)
}
