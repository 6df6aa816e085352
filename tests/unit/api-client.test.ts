import { fetchJson } from '@/lib/browser/apiClient'

const anything = { safeParse: (value: unknown) => ({ success: true as const, data: value }) }

function answerWith(status: number, body: unknown) {
  globalThis.fetch = async () => new Response(JSON.stringify(body), { status })
}

const realFetch = globalThis.fetch
afterEach(() => {
  globalThis.fetch = realFetch
})

describe('what a reader is told when the server refuses', () => {
  test('our endpoints’ refusal keeps its own words', async () => {
    answerWith(400, { error: '自选列表最多 50 个币种' })
    expect(await fetchJson('/api/watchlists/me', anything)).toEqual({
      ok: false,
      status: 400,
      error: '自选列表最多 50 个币种',
    })
  })

  test('a rate limit in Payload’s shape says to wait, not that the server is down', async () => {
    const message = '请求过于频繁，请 30 秒后再试 / too many requests, try again in 30 s'
    answerWith(429, { errors: [{ message, data: { retryAfterSeconds: 30 } }] })
    expect(await fetchJson('/api/bookmarks', anything, { method: 'POST' })).toEqual({
      ok: false,
      status: 429,
      error: message,
    })
  })

  test('a server failure never shows its internals', async () => {
    answerWith(500, { errors: [{ message: 'SQLITE_BUSY: database is locked' }] })
    const result = await fetchJson('/api/bookmarks', anything)
    expect(result).toMatchObject({ ok: false, status: 500 })
    expect(JSON.stringify(result)).not.toContain('SQLITE')
  })
})
