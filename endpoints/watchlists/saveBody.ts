import { z } from 'zod'

import { MAX_WATCHLIST_ITEMS } from '@/lib/watchlist/contract'

const COIN_ID_MESSAGE =
  '币种 ID 必须是正整数或由字母数字组成的字符串 / a coin id must be a positive integer or an alphanumeric string'

/** A coin id in a request: numbers from SQLite, strings from MongoDB or from a URL. */
const ZCoinId = z.union(
  [
    z.number().int().positive(),
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: COIN_ID_MESSAGE }),
  ],
  { error: COIN_ID_MESSAGE },
)

/** The body of PUT /api/watchlists/mine: the whole list, in order. */
export const ZSaveWatchlistBody = z.strictObject(
  {
    items: z
      .array(ZCoinId, { error: 'items 必须是币种 ID 数组 / items must be an array of coin ids' })
      .max(
        MAX_WATCHLIST_ITEMS,
        `最多 ${MAX_WATCHLIST_ITEMS} 个币种 / at most ${MAX_WATCHLIST_ITEMS} coins`,
      )
      .refine((ids) => new Set(ids.map(String)).size === ids.length, {
        error: '币种重复 / a coin appears twice',
      }),
  },
  {
    // Only the wrong-shape case; an unknown key keeps zod's own message, which names the key.
    error: (issue) =>
      issue.code === 'invalid_type'
        ? '请求体必须是 { items: [...] } / the body must be an object { items: [...] }'
        : undefined,
  },
)
