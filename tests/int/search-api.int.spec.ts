/**
 * GET /api/search over real HTTP: results with marked snippets, 快讯 on their tab, coins by their
 * Chinese names, a 繁體 query, cursor paging, and a clear 400 (never a 500) for every kind of bad
 * input an attacker or a typo sends.
 */
import type { Payload } from 'payload'

import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { makeFlash } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'

let context: TTestPayload
let payload: Payload
let server: TTestServer
const { api } = createRestClient<never>(() => server.baseUrl)

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  server = await startRestServer(context.config)
  for (let i = 0; i < 3; i++)
    await payload.create({
      collection: 'articles',
      data: {
        title: `再质押市场观察 第${i + 1}期`,
        summary: '摘要',
        body: lexicalFromBlocks([{ type: 'p', text: '本期讨论流动性质押代币的信息披露。' }]),
        publishedAt: minutesAgo(10 - i),
        _status: 'published',
      },
      overrideAccess: true,
    })
  await makeFlash(payload, { text: '某协议宣布再质押积分计划第二季开始。' })
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const search = (query: string) => api(`/api/search?${query}`)

test('articles that contain the words, title matches with the words marked in the snippet', async () => {
  const answer = await search(`q=${encodeURIComponent('质押')}`)
  expect(answer.status).toBe(200)
  expect(answer.body.hits.map((hit: { title: string }) => hit.title)).toEqual([
    '再质押市场观察 第3期',
    '再质押市场观察 第2期',
    '再质押市场观察 第1期',
  ])
  const marked = answer.body.hits[0].snippet.filter((part: { match: boolean }) => part.match)
  expect(marked.map((part: { text: string }) => part.text)).toContain('质押')
  expect(answer.body.hits[0].href).toMatch(/^\/articles\//)
})

test('快讯 on their own tab; a 繁體 query finds the Chinese text and shows it in 繁體', async () => {
  const flashes = await search(`q=${encodeURIComponent('积分计划')}&tab=flashes`)
  expect(flashes.body.hits).toHaveLength(1)
  expect(flashes.body.hits[0].href).toMatch(/^\/flash\//)
  const traditional = await search(`q=${encodeURIComponent('資訊披露')}&locale=zh-TW`)
  expect(traditional.status).toBe(200)
  expect(traditional.body.hits).toHaveLength(3)
  expect(traditional.body.hits[0].href).toMatch(/^\/zh-tw\/articles\//)
  expect(traditional.body.hits[0].title).toContain('質押')
})

test('coins are found by their Chinese name on the first page', async () => {
  await payload.create({
    collection: 'coins',
    data: { symbol: 'SRCH', name: 'Searchcoin', nameZh: '搜索币', marketDataId: 'searchcoin' },
    overrideAccess: true,
  })
  const answer = await search(`q=${encodeURIComponent('搜索币')}`)
  expect(answer.body.coins.map((coin: { symbol: string }) => coin.symbol)).toContain('SRCH')
})

test('pages by cursor without repeating or skipping', async () => {
  const first = await search(`q=${encodeURIComponent('再质押')}`)
  expect(first.body.next).toBeNull()
  const titles: string[] = []
  let cursor: string | null = null
  // One result a page is not offered over HTTP; the cursor from a page of 20 is followed instead.
  do {
    const page = await search(
      `q=${encodeURIComponent('再质押')}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    )
    titles.push(...page.body.hits.map((hit: { title: string }) => hit.title))
    cursor = page.body.next
  } while (cursor)
  expect(new Set(titles).size).toBe(titles.length)
  expect(titles).toHaveLength(3)
})

test.each([
  ['no q', '', /q is required/],
  ['empty q', 'q=', /q is empty/],
  ['only punctuation', `q=${encodeURIComponent('%%% ！？')}`, /no letters or digits/],
  ['too long', `q=${'质'.repeat(65)}`, /at most 64 characters/],
  ['too many words', `q=${encodeURIComponent('a b c d e f g h i')}`, /at most 8 words/],
  ['unknown tab', 'q=eth&tab=coins', /tab/],
  ['unknown locale', 'q=eth&locale=fr', /locale/],
  ['forged cursor', 'q=eth&cursor=title.abc', /cursor/],
  ['cursor as SQL', `q=eth&cursor=${encodeURIComponent("1' OR 1=1 --")}`, /cursor/],
  ['unknown parameter', 'q=eth&where[id]=1', /parameters are/],
  ['FTS syntax in q', `q=${encodeURIComponent('"a" NOT b* OR {title_tokens}:x')}`, null],
])('%s: a clear answer, never a 500', async (_name, query, message) => {
  const answer = await search(query)
  if (message === null) {
    expect(answer.status).toBe(200)
    return
  }
  expect(answer.status).toBe(400)
  expect(answer.body.error).toMatch(message)
})
