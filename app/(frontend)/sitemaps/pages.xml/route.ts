import { displaySettings } from '@/lib/display'
import { xmlResponse } from '@/lib/syndication/response'
import { buildUrlSet } from '@/lib/syndication/sitemap'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { getTabs } from '@/lib/queries'

export const dynamic = 'force-dynamic'

/** The home page, 快讯 and every tag page, each in every edition. */
export async function GET() {
  const tabs = await getTabs(DEFAULT_LOCALE)
  return xmlResponse(
    buildUrlSet(displaySettings().siteUrl, [
      { path: '/', editions: LOCALES },
      { path: '/flash', editions: LOCALES },
      ...tabs.map((tab) => ({ path: `/tag/${tab.slug}`, editions: LOCALES })),
    ]),
  )
}
