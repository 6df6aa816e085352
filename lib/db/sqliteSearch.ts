import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import type { TIndexHit, TPhaseReader } from '@/lib/search/indexHits'
import type { TSearchPhrase } from '@/lib/search/tokens'

const quote = (token: string) => `"${token.replaceAll('"', '""')}"`

/** A phrase in FTS5's syntax: `"以太 太坊"`, or `"币" *` for a one-character prefix. */
const ftsPhrase = (phrase: TSearchPhrase) =>
  `${quote(phrase.tokens.join(' '))}${phrase.prefix ? ' *' : ''}`

/**
 * The FTS5 expression of a phase: the scope (kind + language), every phrase in the title, or, for
 * the body phase, every phrase anywhere but not all of them in the title (those came first).
 */
export function ftsExpression(
  scope: string,
  phrases: TSearchPhrase[],
  phase: 'title' | 'body',
): string {
  const all = phrases.map(ftsPhrase).join(' AND ')
  const inScope = `{scope} : ${quote(scope)}`
  if (phase === 'title') return `${inScope} AND {title_tokens} : (${all})`
  return `${inScope} AND ({tokens} : (${all}) NOT {title_tokens} : (${all}))`
}

type TRow = Record<string, unknown>

/**
 * SQLite's path: the FTS5 table (rowid = rank) yields the matching ranks newest first without a
 * sort, and only the page's rows are read from search_documents.
 */
export function sqlitePhaseReader(adapter: SQLiteAdapter): TPhaseReader {
  return async (search, phase, belowRank, limit) => {
    const expression = ftsExpression(
      `${search.kind}${search.language}`,
      search.query.phrases,
      phase,
    )
    const matches = await adapter.client.execute({
      sql: 'SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?',
      args: [expression, belowRank, limit],
    })
    const ranks = matches.rows.map((row) => Number((row as TRow).rowid))
    if (ranks.length === 0) return []
    const { rows } = await adapter.client.execute({
      sql: `SELECT doc_id, slug, title, text, published_at, rank FROM search_documents WHERE rank IN (${ranks.map(() => '?').join(',')})`,
      args: ranks,
    })
    const byRank = new Map(rows.map((row) => [Number((row as TRow).rank), row as TRow]))
    return ranks.flatMap((rank): TIndexHit[] => {
      const row = byRank.get(rank)
      if (!row) return []
      return [
        {
          docId: String(row.doc_id),
          slug: (row.slug as string | null) ?? null,
          title: String(row.title ?? ''),
          text: String(row.text ?? ''),
          publishedAt: String(row.published_at),
          rank,
          inTitle: phase === 'title',
        },
      ]
    })
  }
}
