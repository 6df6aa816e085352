import { displaySettings } from '@/lib/display'
import { buildRss } from '@/lib/syndication/rss'
import { rssResponse } from '@/lib/syndication/response'
import { getRssItems } from '@/lib/queries/feeds'

// Dynamic so `next build` never reads the database; the items themselves come from the data cache.
export const dynamic = 'force-dynamic'

/** RSS 2.0 of the 50 newest published articles (全部). */
export async function GET() {
  const { siteUrl } = displaySettings()
  const items = await getRssItems()
  return rssResponse(
    buildRss(
      {
        siteUrl,
        title: 'Newsroom · 加密与 Web3 新闻',
        description: '加密货币与 Web3 行业新闻、深度研究与行情。',
        path: '/',
        selfPath: '/rss.xml',
      },
      items,
    ),
  )
}
