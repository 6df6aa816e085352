'use client'

import { usePathname } from 'next/navigation'
import { useSyncExternalStore } from 'react'

import { localizedPath, type TLocale } from '@/lib/i18n/locales'

const subscribeNever = () => () => {}
const readLocation = () => window.location.pathname + window.location.search

/**
 * `/login?next=<this page>` in the page's edition. The address is read from `window.location` (the feed's rewrites make
 * Next's own pathname the internal route), after hydration, so the static HTML stays the same for
 * everyone; usePathname only makes client-side navigation re-render this.
 */
export function useLoginHref(locale: TLocale, fallbackPath = '/'): string {
  usePathname()
  const here = useSyncExternalStore(subscribeNever, readLocation, () => fallbackPath)
  // Slashes may stand unescaped in a query, which keeps the address readable (?next=/watchlist).
  return localizedPath(locale, `/login?next=${encodeURIComponent(here).replace(/%2F/g, '/')}`)
}
