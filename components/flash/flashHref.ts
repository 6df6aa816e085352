import { localizedPath, type TLocale } from '@/lib/i18n/locales'
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
