import { displaySettings } from '@/lib/display'
import { FLASH_SITEMAP_LIMIT, flashSitemapUrl } from '@/lib/flash/syndication'
import { getFlashSitemapEntries } from '@/lib/queries/flashes'
import { xmlResponse } from '@/lib/syndication/response'
import { buildUrlSet } from '@/lib/syndication/sitemap'

export const dynamic = 'force-dynamic'

/** The newest 快讯 permalinks, each with its editions (English only where it was written). */
export async function GET() {
  const entries = await getFlashSitemapEntries(FLASH_SITEMAP_LIMIT)
  return xmlResponse(
    buildUrlSet(
      displaySettings().siteUrl,
      entries.map((entry) => flashSitemapUrl(entry, entry.english)),
    ),
  )
}
