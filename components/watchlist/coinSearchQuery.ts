import type { TSearchResponse } from './watchlistApi'

/** What GET /api/coins/search accepts (endpoints/coins/search.ts), checked before asking. */
export const SEARCH_MAX_LENGTH = 40
const SEARCH_PATTERN = /^[\p{L}\p{M}\p{N} .-]+$/u

export type TQueryCheck = { ok: true; query: string } | { ok: false; reason: string | null }

/** The query to send, or why not: null reason for an empty box (nothing to say). */
export function checkSearchQuery(raw: string): TQueryCheck {
  const query = raw.trim().replace(/\s+/g, ' ')
  if (!query) return { ok: false, reason: null }
  if (query.length > SEARCH_MAX_LENGTH) {
    return { ok: false, reason: `最多 ${SEARCH_MAX_LENGTH} 个字符` }
  }
  if (!SEARCH_PATTERN.test(query)) {
    return { ok: false, reason: '只能输入字母、数字、空格、点和连字符' }
  }
  return { ok: true, query }
}

/** What the reader is told when a search lists only the collection's coins; null when complete. */
export function providerNoteOf(provider: TSearchResponse['provider']): string | null {
  if (provider.leftOut === 'reader-budget') {
    const minutes = Math.max(1, Math.ceil((provider.retryAfterSeconds ?? 60) / 60))
    return `本小时的行情搜索次数已用完,只列出已收录的币种,约 ${minutes} 分钟后恢复。`
  }
  return provider.ok ? null : '行情数据源暂时不可用,只列出已收录的币种。'
}
