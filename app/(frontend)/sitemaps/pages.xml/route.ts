import { displaySettings } from '@/lib/display'
import { xmlResponse } from '@/lib/syndication/response'
import { buildUrlSet } from '@/lib/syndication/sitemap'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { getTabs } from '@/lib/queries'
import { getAuthorSlugs } from '@/lib/queries/authors'

export const dynamic = 'force-dynamic'

/** The home page, 快讯, every tag page and every author page, each in every edition. */
export async function GET() {
  const [tabs, authorSlugs] = await Promise.all([getTabs(DEFAULT_LOCALE), getAuthorSlugs()])
  return xmlResponse(
    buildUrlSet(displaySettings().siteUrl, [
      { path: '/', editions: LOCALES },
      { path: '/flash', editions: LOCALES },
      ...tabs.map((tab) => ({ path: `/tag/${tab.slug}`, editions: LOCALES })),
      ...authorSlugs.map((slug) => ({ path: `/authors/${slug}`, editions: LOCALES })),
    ]),
  )
}
