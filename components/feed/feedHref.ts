import { localizedPath, type TLocale } from '@/lib/i18n/locales'

/**
 * Public URL of a feed page in an edition: `/` or `/tag/<slug>`, with the cursor of the last item
 * shown.
 */
export function feedHref(locale: TLocale, scope: string, cursor?: string | null): string {
  const base = scope === 'all' ? '/' : `/tag/${scope}`
  return localizedPath(locale, cursor ? `${base}?cursor=${encodeURIComponent(cursor)}` : base)
}
