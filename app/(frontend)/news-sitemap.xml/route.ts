import { displaySettings } from '@/lib/display'
import { xmlResponse } from '@/lib/syndication/response'
import { buildNewsSitemap, NEWS_WINDOW_MS } from '@/lib/syndication/sitemap'
import { getNewsItems } from '@/lib/queries/feeds'

export const dynamic = 'force-dynamic'

/** Google News sitemap: articles of the last 48 hours. */
export async function GET() {
  // The cached list may be a few minutes old; drop what has left the window since.
  const since = Date.now() - NEWS_WINDOW_MS
  const items = (await getNewsItems()).filter((item) => Date.parse(item.publishedAt) > since)
  return xmlResponse(buildNewsSitemap(displaySettings().siteUrl, items))
}
