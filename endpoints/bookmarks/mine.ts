import type { Endpoint, PayloadRequest, TypedUser } from 'payload'
import { z } from 'zod'

import { privateAnswers, queryOf } from '@/endpoints/respond'
import {
  BOOKMARK_LIST_LIMIT,
  type TMyBookmarks,
  type TSavedArticle,
} from '@/lib/account/myBookmarksContract'
import { DEFAULT_LOCALE, LOCALES, type TLocale } from '@/lib/i18n/locales'
import { localeValues, textIn } from '@/lib/queries/editions'

const ZMyBookmarksQuerySchema = z.strictObject(
  { locale: z.enum(LOCALES).default(DEFAULT_LOCALE) },
  { error: '只接受 locale 参数 / the only parameter is locale' },
)

type TArticleRow = { id: number | string; slug?: unknown; publishedAt?: unknown }

/** The articles the reader may see among `ids`, with every locale's title and summary. */
async function findSavedArticles(req: PayloadRequest, user: TypedUser, ids: (number | string)[]) {
  if (ids.length === 0) return new Map<string, TArticleRow & Record<string, unknown>>()
  const found = await req.payload.find({
    collection: 'articles',
    where: { id: { in: ids } },
    locale: 'all',
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { title: true, slug: true, summary: true, publishedAt: true },
    overrideAccess: false,
    user,
    req,
  })
  return new Map(
    found.docs.map((doc) => [
      String(doc.id),
      doc as unknown as TArticleRow & Record<string, unknown>,
    ]),
  )
}

/** An article as the list shows it in `locale`, or in zh-CN when the edition has no version. */
function savedArticle(row: TArticleRow & Record<string, unknown>, locale: TLocale): TSavedArticle {
  const titles = localeValues(row.title)
  const edition = textIn(locale, titles) ? locale : DEFAULT_LOCALE
  return {
    id: row.id,
    slug: typeof row.slug === 'string' ? row.slug : null,
    title: textIn(edition, titles) ?? '',
    summary: textIn(edition, localeValues(row.summary)),
    publishedAt: typeof row.publishedAt === 'string' ? row.publishedAt : null,
    edition,
  }
}

/**
 * GET /api/bookmarks/mine?locale=zh-TW: the signed-in reader's own bookmarks, newest first, with
 * the articles' titles in the page's edition (zh-TW converted as on the portal's pages, which
 * Payload's REST cannot do). Scoped to the reader's own rows even for admins.
 */
export const myBookmarksEndpoint: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: async (req) => {
    const query = privateAnswers.parse(ZMyBookmarksQuerySchema, queryOf(req.searchParams))
    if (!query.ok) return query.response
    const { user } = req
    if (!user) return privateAnswers.notLoggedIn()

    const bookmarks = await req.payload.find({
      collection: 'bookmarks',
      where: { user: { equals: user.id } },
      sort: '-createdAt',
      limit: BOOKMARK_LIST_LIMIT,
      depth: 0,
      select: { article: true, createdAt: true },
      overrideAccess: false,
      user,
      req,
    })
    const articleIdOf = (article: unknown) =>
      article && typeof article === 'object' && 'id' in article ? article.id : article
    const ids = [
      ...new Set(bookmarks.docs.map((doc) => articleIdOf(doc.article) as number | string)),
    ].filter((id) => id !== null && id !== undefined)
    const articles = await findSavedArticles(req, user, ids)

    const answer: TMyBookmarks = {
      total: bookmarks.totalDocs,
      entries: bookmarks.docs.map((doc) => {
        const row = articles.get(String(articleIdOf(doc.article)))
        return {
          id: doc.id,
          createdAt: doc.createdAt,
          article: row ? savedArticle(row, query.data.locale) : null,
        }
      }),
    }
    return privateAnswers.json(answer)
  },
}
