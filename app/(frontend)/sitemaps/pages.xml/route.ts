import { displaySettings } from '@/lib/display'
import { xmlResponse } from '@/lib/syndication/response'
import { buildUrlSet } from '@/lib/syndication/sitemap'
import { getTabs } from '@/lib/queries'

export const dynamic = 'force-dynamic'

/** The home page and every tag page. */
export async function GET() {
  const tabs = await getTabs()
  return xmlResponse(
    buildUrlSet(displaySettings().siteUrl, [
      { path: '/' },
      ...tabs.map((tab) => ({ path: `/tag/${tab.slug}` })),
    ]),
  )
}
