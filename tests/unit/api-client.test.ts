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
      error: { said: '自选列表最多 50 个币种' },
    })
  })

  test('a rate limit in Payload’s shape says to wait, not that the server is down', async () => {
    const message = '请求过于频繁，请 30 秒后再试 / too many requests, try again in 30 s'
    answerWith(429, { errors: [{ message, data: { retryAfterSeconds: 30 } }] })
    expect(await fetchJson('/api/bookmarks', anything, { method: 'POST' })).toEqual({
      ok: false,
      status: 429,
      error: { said: message },
    })
  })

  test('a server failure never shows its internals', async () => {
    answerWith(500, { errors: [{ message: 'SQLITE_BUSY: database is locked' }] })
    const result = await fetchJson('/api/bookmarks', anything)
    expect(result).toMatchObject({ ok: false, status: 500 })
    expect(JSON.stringify(result)).not.toContain('SQLITE')
    expect(result).toMatchObject({ error: { key: 'serverDown' } })
  })

  test('no answer at all and an answer of the wrong shape are told apart', async () => {
    globalThis.fetch = async () => Promise.reject(new TypeError('Failed to fetch'))
    expect(await fetchJson('/api/bookmarks', anything)).toMatchObject({ error: { key: 'network' } })
    answerWith(200, { unexpected: true })
    const never = { safeParse: () => ({ success: false as const }) }
    expect(await fetchJson('/api/bookmarks', never)).toMatchObject({ error: { key: 'malformed' } })
  })
})

describe('the language the server is asked to answer in', () => {
  const sentLanguage = async () => {
    let language: string | null = null
    globalThis.fetch = async (_input, init) => {
      language = new Headers(init?.headers).get('accept-language')
      return new Response('{}', { status: 200 })
    }
    await fetchJson('/api/users/me', anything)
    return language
  }

  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'document')
  })

  test("is the page's edition (its <html lang>), whatever the browser prefers", async () => {
    Object.assign(globalThis, { document: { documentElement: { lang: 'zh-TW' } } })
    expect(await sentLanguage()).toBe('zh-TW')
    Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } })
    expect(await sentLanguage()).toBe('en')
  })

  test('is zh-CN where there is no page', async () => {
    expect(await sentLanguage()).toBe('zh-CN')
  })
})
