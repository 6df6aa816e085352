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
