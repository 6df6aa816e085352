import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TFlashFilter } from '@/lib/queries/findFlashes'

/** The value of `?filter=` for a filter; none for 全部. */
export const filterParam = (filter: TFlashFilter): string | null =>
  filter.kind === 'all' ? null : filter.kind === 'important' ? 'important' : filter.category.slug

/** `/flash`, `/flash?filter=important`, `/flash?filter=market&cursor=…`, in the edition. */
export function flashTimelineHref(locale: TLocale, filter: TFlashFilter, cursor?: string): string {
  const query = new URLSearchParams()
  const value = filterParam(filter)
  if (value) query.set('filter', value)
  if (cursor) query.set('cursor', cursor)
  const search = query.toString()
  return localizedPath(locale, search ? `/flash?${search}` : '/flash')
}

/** What a timeline is called: 快讯, 重要快讯 or 行情快讯 (its page heading and its RSS channel). */
export function flashTimelineTitle(filter: TFlashFilter, text: TMessages['flash']): string {
  if (filter.kind === 'important') return text.importantTitle
  if (filter.kind === 'category')
    return formatMessage(text.categoryTitle, { category: filter.category.name })
  return text.title
}
