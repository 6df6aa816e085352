import { displaySettings } from '@/lib/display'
import {
  articleChunkPath,
  FLASHES_SITEMAP_PATH,
  PAGES_SITEMAP_PATH,
} from '@/lib/syndication/params'
import { xmlResponse } from '@/lib/syndication/response'
import { buildSitemapIndex, SITEMAP_CHUNK_SIZE, sitemapChunkCount } from '@/lib/syndication/sitemap'
import { getPublishedArticleCount } from '@/lib/queries/feeds'

export const dynamic = 'force-dynamic'

/**
 * Always a sitemap index, whatever the number of articles: one shape for crawlers and tests, and
 * growing past a chunk never changes what /sitemap.xml is.
 */
export async function GET() {
  const chunks = sitemapChunkCount(await getPublishedArticleCount(), SITEMAP_CHUNK_SIZE)
  const paths = [
    PAGES_SITEMAP_PATH,
    FLASHES_SITEMAP_PATH,
    ...Array.from({ length: chunks }, (_, i) => articleChunkPath(i + 1)),
  ]
  return xmlResponse(buildSitemapIndex(displaySettings().siteUrl, paths))
}
