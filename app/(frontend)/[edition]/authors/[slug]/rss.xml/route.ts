import { displaySettings } from '@/lib/display'
import type { TEditionParams } from '@/lib/i18n/editionParams'
import { formatMessage } from '@/lib/i18n/format'
import { localeOfSegment } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { resolveAuthor } from '@/lib/queries/authorParams'
import { getAuthorRssItems } from '@/lib/queries/authors'
import { buildRss } from '@/lib/syndication/rss'
import { SITE_NAME } from '@/lib/syndication/seo'
import { notFoundResponse, rssResponse } from '@/lib/syndication/response'

export const dynamic = 'force-dynamic'

type TContext = { params: Promise<TEditionParams & { slug: string }> }

/** RSS 2.0 of an author's newest published articles in the edition; no such author is a 404. */
export async function GET(_request: Request, { params }: TContext) {
  const { edition, slug } = await params
  const locale = localeOfSegment(edition)
  const author = locale ? await resolveAuthor(slug, locale) : null
  if (!locale || !author) return notFoundResponse()
  const path = `/authors/${author.slug}`
  return rssResponse(
    buildRss(
      {
        siteUrl: displaySettings().siteUrl,
        locale,
        title: `${author.name} · ${SITE_NAME}`,
        description: formatMessage(messagesFor(locale).author.description, { name: author.name }),
        path,
        selfPath: `${path}/rss.xml`,
      },
      await getAuthorRssItems(author, locale),
    ),
  )
}
