import { documentIds, idOfRelation as idOf, type TDocumentId } from '@/lib/db/documentId'
import type { Payload } from 'payload'

type TNode = { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown }

/** The media ids of the body's upload nodes, at any depth (lists, tables, quotes). */
function bodyMediaIds(node: unknown, found: (TDocumentId | null)[]): void {
  if (!node || typeof node !== 'object') return
  const { type, relationTo, value, children } = node as TNode
  if (type === 'upload' && relationTo === 'media') found.push(idOf(value))
  if (Array.isArray(children)) for (const child of children) bodyMediaIds(child, found)
}

/**
 * Every image an article shows: its cover, its share image (搜索与分享, shown by search engines
 * and share cards) and the images inside its body, each once.
 */
export function mediaOfArticle(
  article: { cover?: unknown; body?: unknown; meta?: { image?: unknown } | null },
  database: Pick<Payload, 'db'>,
): TDocumentId[] {
  const found: (TDocumentId | null)[] = [idOf(article.cover), idOf(article.meta?.image)]
  bodyMediaIds((article.body as { root?: unknown } | null | undefined)?.root, found)
  const ids = documentIds(
    found.filter((id) => id !== null),
    database,
  )
  return [...new Map(ids.map((id) => [String(id), id])).values()]
}
