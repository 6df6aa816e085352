import type { Endpoint } from 'payload'
import { z } from 'zod'

import { readJsonBody, type TBodyResult } from '@/endpoints/readJsonBody'
import { privateAnswers } from '@/endpoints/respond'
import { viewCounterOf } from '@/lib/hot/processCounter'
import type { ViewCounter } from '@/lib/hot/viewCounter'
import { notAViewReason } from '@/lib/hot/viewRequest'
import { clientAddressOf } from '@/lib/rateLimit/clientAddress'

type THeaders = { get(name: string): string | null }

/** `{"article":"<24 hex digits>"}` is 38 characters. */
export const MAX_BODY_CHARACTERS = 200

const ZViewBodySchema = z.strictObject(
  {
    article: z
      .string({ error: 'article 须为文章 id 字符串 / article must be an article id string' })
      .regex(
        /^[0-9a-zA-Z]{1,64}$/,
        'article 须为 1–64 位字母或数字 / article must be 1–64 letters or digits',
      ),
  },
  {
    error: (issue) => {
      if (issue.code === 'invalid_type')
        return '请求体必须是 { "article": … } / the body must be an object { "article": … }'
      if (issue.code === 'unrecognized_keys')
        return `只接受 article 字段 / the only field is article, not ${issue.keys.join(', ')}`
      return undefined
    },
  },
)

/** Where no server recorded an address (`next dev`, scripts): all such views are one client. */
const UNKNOWN_CLIENT = 'unknown'

export type TViewAnswer = { counted: boolean }
type TBeaconOutcome = { ok: true; answer: TViewAnswer } | { ok: false; response: Response }

/**
 * Everything the endpoint does with a beacon once its body is read: also what `npm run bench`
 * measures (scripts/bench/hotViews.ts), so the figure is this code's.
 */
export async function countBeacon(
  counter: ViewCounter,
  headers: THeaders,
  body: TBodyResult,
): Promise<TBeaconOutcome> {
  if (!body.ok) return { ok: false, response: privateAnswers.badRequest(body.error) }
  const parsed = privateAnswers.parse(ZViewBodySchema, body.value)
  if (!parsed.ok) return parsed
  if (notAViewReason(headers)) return { ok: true, answer: { counted: false } }
  const client = clientAddressOf(headers) ?? UNKNOWN_CLIENT
  return {
    ok: true,
    answer: { counted: (await counter.record(client, parsed.data.article)) === 'counted' },
  }
}

/**
 * POST /api/article-views/record {"article": "<id>"}: the article page's beacon (ViewBeacon.client)
 * after load. 202 whether or not the view counts (`counted` says which: the rules are no secret):
 * prefetches and known bots are not counted, nor a client's repeat within 30 minutes; an unknown
 * article is dropped when the batch is written. Nothing is read from the database here: the view
 * is a Map update in this process (lib/hot/processCounter.ts), and with several app instances
 * one Redis key that keeps a client's view counted once across them (lib/hot/sharedViews.ts).
 *
 * What pushing an article up costs: one counted view per client address and article per 30
 * minutes, and at most 30 beacons a minute per address (the articleViews rate limit, shared by
 * all processes). To add N views to one article an attacker needs N distinct client addresses
 * (behind TRUSTED_PROXIES, addresses the proxy vouches for) each half hour; a botnet of that size
 * can, which is why 热门 is a reading list, not a security boundary.
 */
export const recordViewEndpoint: Endpoint = {
  path: '/record',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req, { maxCharacters: MAX_BODY_CHARACTERS })
    const outcome = await countBeacon(viewCounterOf(req.payload), req.headers, body)
    return outcome.ok ? privateAnswers.json(outcome.answer, 202) : outcome.response
  },
}
