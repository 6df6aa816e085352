import { firstHourOf, hourOf } from '@/lib/hot/hours'
import { RecentViews } from '@/lib/hot/recentViews'
import { ViewBatch, type TViewIncrement } from '@/lib/hot/viewBatch'
import { ViewCounter } from '@/lib/hot/viewCounter'
import { notAViewReason } from '@/lib/hot/viewRequest'
import { routeLimitOf } from '@/lib/rateLimit/routeLimits'

const HOUR = 60 * 60 * 1000
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

const headers = (values: Record<string, string>) => new Headers(values)

describe('which requests are views', () => {
  test('a browser’s page load is a view', () => {
    expect(notAViewReason(headers({ 'user-agent': CHROME }))).toBeNull()
  })

  test.each([
    ['Sec-Purpose: prefetch', { 'sec-purpose': 'prefetch' }],
    ['Sec-Purpose: prefetch;prerender', { 'sec-purpose': 'prefetch;prerender' }],
    ['Purpose: prefetch', { purpose: 'prefetch' }],
    ['X-Moz: prefetch', { 'x-moz': 'prefetch' }],
  ])('%s is a prefetch', (_, values) => {
    expect(notAViewReason(headers({ 'user-agent': CHROME, ...values }))).toBe('prefetch')
  })

  test.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
    'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.1)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    'curl/8.5.0',
    'python-requests/2.31',
    'node-fetch',
    'node',
    '',
  ])('“%s” is a bot', (agent) => {
    expect(notAViewReason(headers({ 'user-agent': agent }))).toBe('bot')
  })

  test('a missing User-Agent is a bot', () => {
    expect(notAViewReason(headers({}))).toBe('bot')
  })
})

describe('the dedupe window', () => {
  test('a client’s repeat within the window is not counted; after it, it is', () => {
    let now = 0
    const recent = new RecentViews({ windowMs: 30 * 60_000, maxEntries: 10 }, () => now)
    expect(recent.firstView('198.51.100.7', '1')).toBe(true)
    now += 29 * 60_000
    expect(recent.firstView('198.51.100.7', '1')).toBe(false)
    expect(recent.firstView('198.51.100.8', '1')).toBe(true)
    expect(recent.firstView('198.51.100.7', '2')).toBe(true)
    now += 2 * 60_000
    expect(recent.firstView('198.51.100.7', '1')).toBe(true)
  })

  test('it holds at most maxEntries pairs, forgetting the oldest first', () => {
    const recent = new RecentViews({ windowMs: HOUR, maxEntries: 3 }, () => 0)
    for (const article of ['1', '2', '3', '4']) recent.firstView('a', article)
    expect(recent.size).toBe(3)
    // '1' was forgotten, so it counts again; '4' is still remembered.
    expect(recent.firstView('a', '4')).toBe(false)
    expect(recent.firstView('a', '1')).toBe(true)
  })
})

describe('the view batch', () => {
  test('adds views of an article within an hour into one increment', () => {
    const batch = new ViewBatch()
    batch.add('7', 10 * HOUR + 5)
    batch.add('7', 10 * HOUR + 50_000)
    batch.add('7', 11 * HOUR)
    batch.add('8', 10 * HOUR)
    expect(batch.take()).toEqual([
      { article: '7', hour: 10, count: 2 },
      { article: '7', hour: 11, count: 1 },
      { article: '8', hour: 10, count: 1 },
    ])
    expect(batch.size).toBe(0)
  })

  test('rows put back after a failed write are added to newer counts', () => {
    const batch = new ViewBatch()
    batch.add('7', 0)
    const rows = batch.take()
    batch.add('7', 1)
    batch.restore(rows)
    expect(batch.take()).toEqual([{ article: '7', hour: 0, count: 2 }])
  })
})

describe('the view counter', () => {
  const counterWith = (write: (rows: TViewIncrement[]) => Promise<void>, maxPending = 100) =>
    new ViewCounter({
      write,
      flushMs: 60_000,
      maxPending,
      dedupeMs: HOUR,
      maxRemembered: 1000,
      now: () => 3 * HOUR,
    })

  test('writes nothing per view, then the counted views in one batch', async () => {
    const batches: TViewIncrement[][] = []
    const counter = counterWith(async (rows) => {
      batches.push(rows)
    })
    expect(await counter.record('198.51.100.1', '5')).toBe('counted')
    expect(await counter.record('198.51.100.2', '5')).toBe('counted')
    expect(await counter.record('198.51.100.1', '5')).toBe('repeat')
    expect(await counter.record('198.51.100.1', '6')).toBe('counted')
    expect(batches).toHaveLength(0)
    await counter.flush()
    expect(batches).toEqual([
      [
        { article: '5', hour: 3, count: 2 },
        { article: '6', hour: 3, count: 1 },
      ],
    ])
    await counter.flush()
    expect(batches).toHaveLength(1)
  })

  test('flushes early once maxPending pairs wait', async () => {
    const batches: TViewIncrement[][] = []
    const counter = counterWith(async (rows) => {
      batches.push(rows)
    }, 2)
    await counter.record('a', '1')
    expect(batches).toHaveLength(0)
    await counter.record('a', '2')
    await Promise.resolve()
    expect(batches).toHaveLength(1)
    expect(counter.pending).toBe(0)
  })

  test('a view another app instance already counted is a repeat here', async () => {
    const countedElsewhere = new Set(['a:1'])
    const counter = new ViewCounter({
      write: async () => {},
      flushMs: 60_000,
      maxPending: 100,
      dedupeMs: HOUR,
      maxRemembered: 1000,
      firstViewElsewhere: async (client, article) => !countedElsewhere.has(`${client}:${article}`),
    })
    expect(await counter.record('a', '1')).toBe('repeat')
    expect(await counter.record('a', '2')).toBe('counted')
    expect(counter.pending).toBe(1)
  })

  test('a failed write keeps the counts for the next flush', async () => {
    let fail = true
    const written: TViewIncrement[][] = []
    const errors: unknown[] = []
    const counter = new ViewCounter({
      write: async (rows) => {
        if (fail) throw new Error('database down')
        written.push(rows)
      },
      flushMs: 60_000,
      maxPending: 100,
      dedupeMs: HOUR,
      maxRemembered: 1000,
      now: () => 0,
      onError: (error) => errors.push(error),
    })
    await counter.record('a', '1')
    await counter.flush()
    expect(errors).toHaveLength(1)
    expect(counter.pending).toBe(1)
    fail = false
    await counter.flush()
    expect(written).toEqual([[{ article: '1', hour: 0, count: 1 }]])
  })
})

describe('the windows', () => {
  test('24 h starts 24 hour buckets before the current one', () => {
    const now = 1000 * HOUR + 1234
    expect(hourOf(now)).toBe(1000)
    expect(firstHourOf('24h', now)).toBe(976)
    expect(firstHourOf('7d', now)).toBe(1000 - 168)
  })
})

test('the beacon endpoint spends the articleViews limit, on POST only', () => {
  expect(routeLimitOf('POST', '/api/article-views/record')).toBe('articleViews')
  expect(routeLimitOf('GET', '/api/article-views/record')).toBeNull()
})
