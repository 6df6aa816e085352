import { displaySettings } from '@/lib/display'
import { ZSitemapChunkSchema } from '@/lib/syndication/params'
import { notFoundResponse, xmlResponse } from '@/lib/syndication/response'
import { buildUrlSet, SITEMAP_CHUNK_SIZE, sitemapChunkCount } from '@/lib/syndication/sitemap'
import { getPublishedArticleCount, getSitemapChunk } from '@/lib/queries/feeds'

export const dynamic = 'force-dynamic'

type TContext = { params: Promise<{ chunk: string }> }

/** `/sitemaps/articles/<n>.xml`: the n-th slice of published articles, oldest first. */
export async function GET(_request: Request, { params }: TContext) {
  const chunk = ZSitemapChunkSchema.safeParse((await params).chunk)
  if (!chunk.success) return notFoundResponse()
  // Past the last chunk is a 404, not an empty file, so a stale index entry is visibly gone.
  const chunks = sitemapChunkCount(await getPublishedArticleCount(), SITEMAP_CHUNK_SIZE)
  if (chunk.data > chunks) return notFoundResponse()
  const urls = await getSitemapChunk(chunk.data)
  return xmlResponse(buildUrlSet(displaySettings().siteUrl, urls))
}
