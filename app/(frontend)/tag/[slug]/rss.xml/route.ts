import { displaySettings } from '@/lib/display'
import { buildRss } from '@/lib/syndication/rss'
import { notFoundResponse, rssResponse } from '@/lib/syndication/response'
import { getTagBySlug } from '@/lib/queries'
import { getRssItems } from '@/lib/queries/feeds'
import { safeDecode, ZScopeSchema } from '@/lib/queries/scope'

// Two path segments, so next.config.ts's `/tag/:slug` rewrite onto the feed page leaves it alone.
export const dynamic = 'force-dynamic'

type TContext = { params: Promise<{ slug: string }> }

/** RSS 2.0 of one tag's 50 newest published articles; an unknown or malformed tag is a 404. */
export async function GET(_request: Request, { params }: TContext) {
  const slug = ZScopeSchema.safeParse(safeDecode((await params).slug))
  const tag = slug.success ? await getTagBySlug(slug.data) : null
  if (!tag) return notFoundResponse()
  const { siteUrl } = displaySettings()
  const items = await getRssItems(tag)
  return rssResponse(
    buildRss(
      {
        siteUrl,
        title: `${tag.name} · Newsroom`,
        description: `${tag.name} 相关的最新新闻与研究。`,
        path: `/tag/${tag.slug}`,
        selfPath: `/tag/${tag.slug}/rss.xml`,
      },
      items,
    ),
  )
}
