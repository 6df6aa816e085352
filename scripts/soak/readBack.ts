import { z } from 'zod'

import { jsonOf, type TSoakClient } from './client'
import { compareWithLedger, type TActualState, type TComparison } from './ledger'
import type { TReader } from './readers'

const ZId = z.union([z.number(), z.string()]).transform(String)
const ZWatchlist = z.object({ coins: z.array(z.object({ id: ZId })) })
const ZBookmarkPage = z.object({
  docs: z.array(z.object({ id: ZId, article: ZId })),
  hasNextPage: z.boolean(),
})

export type TReadBackResult = TComparison & { reader: number; error?: string }

/** The reader's watchlist (GET /api/watchlists/mine) and every bookmark of theirs, page by page. */
async function actualStateOf(call: TSoakClient, reader: TReader): Promise<TActualState> {
  const asReader = {
    kind: 'read-back',
    cookie: reader.cookie,
    clientAddress: reader.clientAddress,
  } as const
  const watchlistAnswer = await call({ ...asReader, path: '/api/watchlists/mine' })
  const watchlist = ZWatchlist.safeParse(jsonOf(watchlistAnswer))
  if (!watchlist.success)
    throw new Error(`GET /api/watchlists/mine answered ${watchlistAnswer.status}`)

  const bookmarks: TActualState['bookmarks'] = []
  for (let page = 1; ; page++) {
    const path = `/api/bookmarks?depth=0&limit=100&page=${page}&sort=createdAt&where[user][equals]=${reader.userId}`
    const answer = await call({ ...asReader, path })
    const parsed = ZBookmarkPage.safeParse(jsonOf(answer))
    if (!parsed.success) throw new Error(`GET /api/bookmarks answered ${answer.status}`)
    bookmarks.push(
      ...parsed.data.docs.map((doc) => ({ bookmarkId: doc.id, articleId: doc.article })),
    )
    if (!parsed.data.hasNextPage) break
  }
  return { watchlist: watchlist.data.coins.map((coin) => coin.id), bookmarks }
}

/**
 * After the load: every reader's saved state as the server now gives it back, compared with the
 * reader's ledger. A reader whose state cannot be read counts all its writes as unverified.
 */
export async function readBackAll(
  call: TSoakClient,
  readers: TReader[],
): Promise<TReadBackResult[]> {
  const results: TReadBackResult[] = []
  for (const reader of readers) {
    const expected = reader.ledger.expected()
    try {
      results.push({
        reader: reader.index,
        ...compareWithLedger(expected, await actualStateOf(call, reader)),
      })
    } catch (error) {
      const acknowledged =
        expected.watchlistAcknowledged +
        expected.bookmarks.reduce((sum, bookmark) => sum + bookmark.acknowledged, 0)
      results.push({
        reader: reader.index,
        acknowledged,
        verified: 0,
        mismatches: [],
        error: (error as Error).message,
      })
    }
  }
  return results
}
