import type { Payload, TypedUser, Where } from 'payload'

import { documentIds, idOfRelation } from '@/lib/db/documentId'
import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'
import type { Article } from '@/payload-types'
import { CARD_POPULATE, type TArticleCard } from './cards'
import { bodyIn, coinNameZhIn, inEdition, tagNameIn, textIn } from './editions'
import { findCards } from './findCards'
import type { TTab } from './findTags'

export const RELATED_LIMIT = 6

const isDoc = <T>(value: T): value is Extract<T, object> =>
  typeof value === 'object' && value !== null

/** The populated tags and coins of `own` (read in the edition), named in the edition. */
function relationsIn(locale: TLocale, own: Article, original: Article | null) {
  const originalTags = new Map(
    (original?.tags ?? []).filter(isDoc).map((tag) => [String(tag.id), tag.name]),
  )
  return {
    tags: (own.tags ?? []).map((tag) =>
      isDoc(tag)
        ? {
            ...tag,
            name: tagNameIn(
              locale,
              { [locale]: tag.name, [DEFAULT_LOCALE]: originalTags.get(String(tag.id)) },
              String(tag.slug ?? ''),
            ),
          }
        : tag,
    ),
    coins: (own.coins ?? []).map((coin) =>
      isDoc(coin) ? { ...coin, nameZh: coinNameZhIn(locale, coin.nameZh) } : coin,
    ),
  } as Pick<Article, 'tags' | 'coins'>
}

/**
 * The article in an edition, from the document read in that locale (`own`) and, for zh-TW, in
 * zh-CN (`original`): each text is the edition's own or, in zh-TW, the zh-CN one converted.
 */
function articleIn(locale: TLocale, own: Article, original: Article | null): Article {
  const values = (field: 'title' | 'summary') => ({
    [locale]: own[field],
    [DEFAULT_LOCALE]: original?.[field],
  })
  // 搜索与分享's texts are per edition too; zh-TW converts zh-CN's where it has none of its own.
  const meta = (field: 'title' | 'description') =>
    textIn(locale, { [locale]: own.meta?.[field], [DEFAULT_LOCALE]: original?.meta?.[field] })
  return {
    ...own,
    title: textIn(locale, values('title')) ?? '',
    summary: textIn(locale, values('summary')) ?? '',
    meta: { ...own.meta, title: meta('title'), description: meta('description') },
    body: bodyIn(locale, { [locale]: own.body, [DEFAULT_LOCALE]: original?.body }) ?? own.body,
    ...relationsIn(locale, own, original),
  }
}

/**
 * One article by slug, in an edition: null when there is none, or (English) when it has no
 * English version. Drafts only for a staff user in draft mode; otherwise published only. Read
 * through Payload's whole pipeline (the body's images are populated), in the edition's locale; a
 * zh-TW article is read in zh-CN as well, for the texts it has not overridden.
 */
export async function findArticleBySlug({
  payload,
  slug,
  draftFor,
  locale = DEFAULT_LOCALE,
}: {
  payload: Payload
  slug: string
  draftFor?: TypedUser | null
  /** Optional until app/(frontend) passes the page's edition; required once it does. */
  locale?: TLocale
}): Promise<Article | null> {
  const read = async (readIn: TLocale) =>
    (
      await payload.find({
        collection: 'articles',
        where: inEdition(readIn, [{ slug: { equals: slug } }]),
        locale: readIn,
        limit: 1,
        pagination: false,
        depth: 1,
        draft: Boolean(draftFor),
        populate: CARD_POPULATE,
        overrideAccess: false,
        user: draftFor ?? undefined,
      })
    ).docs[0] ?? null
  const own = await read(locale)
  if (!own || locale === DEFAULT_LOCALE) return own
  const original = locale === 'zh-TW' ? await read(DEFAULT_LOCALE) : null
  return articleIn(locale, own, original)
}

/** The ids an article's 相关文章 names, in the desk's order (the field is read unpopulated). */
export function pickedIdsOf(article: Pick<Article, 'related'>): string[] {
  return (article.related ?? []).flatMap((pick) => {
    const id = idOfRelation(pick)
    return id === null ? [] : [String(id)]
  })
}

/**
 * 更多新闻: first the articles the desk picked (相关文章, in their order; only those a visitor can
 * read in the edition, so an unpublished or deleted pick is skipped), then the newest articles
 * sharing a tag with this one, then the newest overall; never the article itself or one twice,
 * never drafts (access rules apply as for an anonymous reader); in English only articles with an
 * English version.
 */
export async function findRelatedArticles({
  payload,
  locale,
  articleId,
  tagIds,
  pickedIds = [],
  limit = RELATED_LIMIT,
  knownTags,
}: {
  payload: Payload
  locale: TLocale
  articleId: string
  tagIds: string[]
  /** The article's 相关文章 (pickedIdsOf), in order. */
  pickedIds?: string[]
  limit?: number
  /** The edition's category tabs, if the caller has them: the cards' tags are taken from there. */
  knownTags?: TTab[]
}): Promise<TArticleCard[]> {
  const exclude = documentIds([articleId], payload)
  const query = async (extra: Where, count: number) =>
    count <= 0
      ? []
      : (
          await findCards({
            payload,
            locale,
            knownTags,
            where: { and: [{ publishedAt: { exists: true } }, { id: { not_in: exclude } }, extra] },
            sort: ['-publishedAt', '-id'],
            limit: count,
            pagination: false,
          })
        ).cards
  const excludeCards = (cards: TArticleCard[]) =>
    exclude.push(
      ...documentIds(
        cards.map((card) => card.id),
        payload,
      ),
    )
  const pickIds = documentIds([...new Set(pickedIds)], payload).slice(0, limit)
  const pickedCards = pickIds.length ? await query({ id: { in: pickIds } }, pickIds.length) : []
  const pickedById = new Map(pickedCards.map((card) => [String(card.id), card]))
  const picked = pickIds.flatMap((id) => pickedById.get(String(id)) ?? [])
  excludeCards(picked)
  const sharingTags = tagIds.length
    ? await query({ tags: { in: documentIds(tagIds, payload) } }, limit - picked.length)
    : []
  excludeCards(sharingTags)
  const newest = await query({}, limit - picked.length - sharingTags.length)
  return [...picked, ...sharingTags, ...newest]
}
