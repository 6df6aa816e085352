import type { Endpoint } from 'payload'
import { z } from 'zod'

import { answersWith, queryOf } from '@/endpoints/respond'
import { LOCALES } from '@/lib/i18n/locales'
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, type TQueryProblem } from '@/lib/search/query'
import { SEARCH_TABS, searchSite, ZSearchCursor } from '@/lib/search/siteSearch'

/**
 * Everyone gets the same answer for the same URL, so shared caches may keep it briefly: a burst
 * of one popular query is answered once (the index follows publishing within the request that
 * publishes, so a short life keeps results fresh).
 */
const answers = answersWith({ 'Cache-Control': 'public, max-age=0, s-maxage=10' })

const ZSearchParams = z.strictObject(
  {
    q: z.string({ message: '缺少参数 q / q is required, e.g. ?q=质押' }),
    tab: z
      .enum(SEARCH_TABS, { message: 'tab 只能是 articles 或 flashes / tab is articles or flashes' })
      .default('articles'),
    locale: z
      .enum(LOCALES, { message: 'locale 只能是 zh-CN、zh-TW 或 en / locale is zh-CN, zh-TW or en' })
      .default('zh-CN'),
    cursor: ZSearchCursor.optional(),
  },
  { error: '只接受 q、tab、locale、cursor 参数 / the parameters are q, tab, locale and cursor' },
)

const PROBLEMS: Record<TQueryProblem, string> = {
  empty: '请输入要搜索的词 / q is empty',
  tooLong: `搜索词最多 ${MAX_QUERY_LENGTH} 个字 / q may be at most ${MAX_QUERY_LENGTH} characters`,
  noWords: '搜索词里没有文字或数字 / q has no letters or digits',
  tooManyWords: `最多 ${MAX_QUERY_WORDS} 个词 / at most ${MAX_QUERY_WORDS} words`,
}

/**
 * GET /api/search?q=质押&tab=articles|flashes&locale=zh-CN&cursor=…: a page of published articles
 * or 快讯 matching every word (title matches first, then newest first) with marked snippets, and
 * on the first page the coins and tags the words name. Rate-limited per client (lib/rateLimit).
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const params = answers.parse(ZSearchParams, queryOf(req.searchParams))
    if (!params.ok) return params.response
    const { q, tab, locale, cursor } = params.data
    const result = await searchSite(req.payload, { q, tab, locale, cursor: cursor ?? null })
    if (!result.ok) return answers.badRequest(PROBLEMS[result.problem])
    return answers.json(result)
  },
}
