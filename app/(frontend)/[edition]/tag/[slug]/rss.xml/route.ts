import { displaySettings } from '@/lib/display'
import type { TEditionParams } from '@/lib/i18n/editionParams'
import { localeOfSegment } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { formatMessage } from '@/lib/i18n/format'
import { buildRss } from '@/lib/syndication/rss'
import { SITE_NAME } from '@/lib/syndication/seo'
import { notFoundResponse, rssResponse } from '@/lib/syndication/response'
import { getTagBySlug } from '@/lib/queries'
import { getRssItems } from '@/lib/queries/feeds'
import { safeDecode, ZScopeSchema } from '@/lib/queries/scope'

// Two path segments after the edition, so the `/tag/:slug` rewrites onto the feed page leave it alone.
export const dynamic = 'force-dynamic'

type TContext = { params: Promise<TEditionParams & { slug: string }> }

/** RSS 2.0 of one tag's 50 newest published articles; an unknown or malformed tag is a 404. */
export async function GET(_request: Request, { params }: TContext) {
  const { edition, slug: rawSlug } = await params
  const locale = localeOfSegment(edition)
  const slug = ZScopeSchema.safeParse(safeDecode(rawSlug))
  const tag = locale && slug.success ? await getTagBySlug(slug.data, locale) : null
  if (!locale || !tag) return notFoundResponse()
  const { siteUrl } = displaySettings()
  const items = await getRssItems(tag, locale)
  return rssResponse(
    buildRss(
      {
        siteUrl,
        locale,
        title: `${tag.name} · ${SITE_NAME}`,
        description: formatMessage(messagesFor(locale).feed.tagDescription, { tag: tag.name }),
        path: `/tag/${tag.slug}`,
        selfPath: `/tag/${tag.slug}/rss.xml`,
      },
      items,
    ),
  )
}
