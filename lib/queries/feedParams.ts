import 'server-only'
import { notFound } from 'next/navigation'

import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'
import { getTabs, getTagBySlug } from '.'
import { safeDecode, ZScopeSchema } from './scope'

/**
 * Resolves the `[scope]` segment: `all` or a known tag; anything else is a 404 page. The tabs and
 * the tag are named in the edition (`locale` defaults to zh-CN until every page passes its own).
 */
export async function resolveScope(rawScope: string, locale: TLocale = DEFAULT_LOCALE) {
  const scope = ZScopeSchema.safeParse(safeDecode(rawScope))
  if (!scope.success) notFound()
  const tabs = await getTabs(locale)
  if (scope.data === 'all') return { tabs, tag: null }
  const tag = await getTagBySlug(scope.data, locale)
  if (!tag) notFound()
  return { tabs, tag }
}
