import type { RelationshipField, Validate } from 'payload'
import { relationship } from 'payload/shared'

/** 更多新闻 holds six cards (lib/queries/findArticles.ts RELATED_LIMIT): more picks could not show. */
export const MAX_RELATED_PICKS = 6

export const RELATED_SELF_MESSAGE =
  '相关文章不能选择本文自己 / an article cannot pick itself as a related article'
export const RELATED_TOO_MANY_MESSAGE = `相关文章最多选择 ${MAX_RELATED_PICKS} 篇 / at most ${MAX_RELATED_PICKS} related articles`
export const RELATED_TWICE_MESSAGE =
  '同一篇相关文章只能选择一次 / the same related article is picked twice'

const idOf = (value: unknown): string =>
  String(
    value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value,
  )

/**
 * The desk's picks for 更多新闻: at most six, each once, never the article itself (a link to the
 * page the reader is on). Then Payload's own checks (the ids exist, the filter below).
 */
export const validateRelatedArticles: Validate<unknown, unknown, unknown, RelationshipField> = (
  value,
  options,
) => {
  const picks = Array.isArray(value) ? value.map(idOf) : []
  if (picks.length > MAX_RELATED_PICKS) return RELATED_TOO_MANY_MESSAGE
  if (options.id !== undefined && picks.includes(String(options.id))) return RELATED_SELF_MESSAGE
  if (new Set(picks).size !== picks.length) return RELATED_TWICE_MESSAGE
  return relationship(value as never, options as never)
}

/**
 * 相关文章: an ordered, optional list of articles that 更多新闻 shows before the automatic ones
 * (only those published in the reader's edition; lib/queries/findArticles.ts). Read as ids only
 * (`maxDepth: 0`): the article page reads them as cards, so populating whole articles here would
 * only cost. Anyone who may save the article may pick (a contributor's picks go through review
 * with the rest of the draft).
 */
export const relatedArticlesField: RelationshipField = {
  name: 'related',
  label: { zh: '相关文章', en: 'Related articles' },
  type: 'relationship',
  relationTo: 'articles',
  hasMany: true,
  maxRows: MAX_RELATED_PICKS,
  maxDepth: 0,
  // The admin's picker never offers the article being edited.
  filterOptions: ({ id }) => (id === undefined ? true : { id: { not_equals: id } }),
  validate: validateRelatedArticles,
  admin: {
    position: 'sidebar',
    isSortable: true,
    description: {
      zh: `按顺序显示在「更多新闻」的最前面(最多 ${MAX_RELATED_PICKS} 篇,未发布的不显示),其余位置仍自动补充`,
      en: `Shown first in 更多新闻, in this order (at most ${MAX_RELATED_PICKS}; unpublished ones are skipped); the rest is filled automatically`,
    },
  },
}
