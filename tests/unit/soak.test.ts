import { RATE_LIMIT_RULES } from '@/lib/rateLimit/rules'
import { parseSoakArgs } from '@/scripts/soak/args'
import { clientAddressOf } from '@/scripts/soak/client'
import { compareWithLedger, ReaderLedger } from '@/scripts/soak/ledger'
import { memoryVerdict, timelineOf, type TMemorySample } from '@/scripts/soak/memory'
import { WRITE_GAP_MS } from '@/scripts/soak/readers'
import { failuresOf, type TSoakReport } from '@/scripts/soak/report'
import { outcomeOf, percentile, summarizeLatencies } from '@/scripts/soak/requestStats'
import { feedItemsPathOf, linksOf } from '@/scripts/soak/visitors'

const parsed = (argv: string[]) => parseSoakArgs(argv)
const errorOf = (argv: string[]) => {
  const result = parseSoakArgs(argv)
  return result.ok ? undefined : result.error
}

describe('soak flags', () => {
  test('defaults: 60 s measured after 60 s of warm-up, 50 readers, one process, own server', () => {
    expect(parsed([])).toEqual({
      ok: true,
      args: {
        help: false,
        durationSeconds: 60,
        warmupSeconds: 60,
        readers: 50,
        visitors: 50,
        processes: 1,
        baseUrl: undefined,
      },
    })
  })

  test('--warmup 0 is a plain run; --processes 2 runs two server processes', () => {
    expect(parsed(['--warmup', '0', '--processes', '2'])).toMatchObject({
      ok: true,
      args: { warmupSeconds: 0, processes: 2 },
    })
  })

  test('numbers out of range or not whole are refused with the flag named', () => {
    expect(errorOf(['--processes', '3'])).toBe('--processes must be at most 2')
    expect(errorOf(['--duration', '5'])).toBe('--duration must be at least 10')
    expect(errorOf(['--readers', '1.5'])).toMatch(/^--readers takes a whole number/)
    expect(errorOf(['--rate', '5'])).toMatch(/Unknown option '--rate'/)
  })

  test('--base-url must be on loopback, and becomes its origin', () => {
    for (const url of [
      'http://127.0.0.1:3000/',
      'http://localhost:3000',
      'http://[::1]:8080',
      'http://127.0.0.2:9/x',
    ])
      expect(parsed(['--base-url', url])).toMatchObject({
        ok: true,
        args: { baseUrl: new URL(url).origin },
      })
    for (const url of [
      'http://10.0.0.5:3000',
      'https://news.example',
      'http://127.0.0.1.nip.io',
      'http://[::2]:80',
    ])
      expect(errorOf(['--base-url', url])).toMatch(/must be on loopback/)
    expect(errorOf(['--base-url', 'ftp://127.0.0.1'])).toMatch(/http\(s\) URL/)
  })

  test('--processes applies only to the server the soak starts itself', () => {
    expect(errorOf(['--base-url', 'http://127.0.0.1:3000', '--processes', '2'])).toMatch(
      /cannot apply to --base-url/,
    )
  })
})

describe('pacing', () => {
  test("a reader's writes stay well under the server's limit for one client address", () => {
    const mostPerMinute = 60_000 / WRITE_GAP_MS.min
    const { points, durationSeconds } = RATE_LIMIT_RULES.savedWrites
    expect(mostPerMinute * (durationSeconds / 60)).toBeLessThanOrEqual(points / 2)
  })

  test('every reader and visitor has an address of its own, apart from each other', () => {
    const readers = Array.from({ length: 500 }, (_, index) => clientAddressOf('reader', index))
    const visitors = Array.from({ length: 500 }, (_, index) => clientAddressOf('visitor', index))
    const all = new Set([...readers, ...visitors, clientAddressOf('setup')])
    expect(all.size).toBe(1001)
    expect(readers[0]).toBe('198.18.0.1')
    expect(visitors[299]).toBe('198.19.1.44')
  })
})

describe('ledger and read-back', () => {
  function ledgerWithWrites() {
    const ledger = new ReaderLedger()
    ledger.watchlistSaved(['1'], true)
    ledger.watchlistSaved(['1', '2'], true)
    ledger.bookmarkAdded('10', 'b1')
    ledger.bookmarkAdded('11', 'b2')
    ledger.bookmarkRemoved('11', true)
    return ledger
  }

  test('every acknowledged write is verified when the saved state is the last acknowledged one', () => {
    const comparison = compareWithLedger(ledgerWithWrites().expected(), {
      watchlist: ['1', '2'],
      bookmarks: [{ bookmarkId: 'b1', articleId: '10' }],
    })
    expect(comparison).toEqual({ acknowledged: 5, verified: 5, mismatches: [] })
  })

  test('a lost save, a lost bookmark and a bookmark back after its removal are each found', () => {
    const comparison = compareWithLedger(ledgerWithWrites().expected(), {
      watchlist: ['1'],
      bookmarks: [{ bookmarkId: 'b2', articleId: '11' }],
    })
    expect(comparison.verified).toBe(0)
    expect(comparison.mismatches).toEqual([
      'watchlist is [1], expected [1, 2]',
      'bookmark of article 10 missing (expected bookmark b1, found none)',
      'bookmark of article 11 still there (bookmark b2) after its removal was acknowledged',
    ])
  })

  test('order counts in a watchlist, and a bookmark nobody wrote is reported', () => {
    const comparison = compareWithLedger(ledgerWithWrites().expected(), {
      watchlist: ['2', '1'],
      bookmarks: [
        { bookmarkId: 'b1', articleId: '10' },
        { bookmarkId: 'b9', articleId: '99' },
      ],
    })
    expect(comparison.mismatches).toEqual([
      'watchlist is [2, 1], expected [1, 2]',
      'bookmark b9 of article 99 was never written by this reader',
    ])
  })

  test('after an unacknowledged write either outcome is accepted, until a write is acknowledged', () => {
    const ledger = ledgerWithWrites()
    ledger.watchlistSaved(['1', '2', '3'], false)
    ledger.bookmarkAdded('12', undefined)
    expect(ledger.isBookmarked('12')).toBeUndefined()
    expect(ledger.currentWatchlist()).toEqual(['1', '2', '3'])
    expect(ledger.attempted).toBe(7)
    expect(ledger.unacknowledged).toBe(2)
    for (const [watchlist, extra] of [
      [['1', '2'], []],
      [['1', '2', '3'], [{ bookmarkId: 'b3', articleId: '12' }]],
    ] as const) {
      const comparison = compareWithLedger(ledger.expected(), {
        watchlist: [...watchlist],
        bookmarks: [{ bookmarkId: 'b1', articleId: '10' }, ...extra],
      })
      expect(comparison.mismatches).toEqual([])
    }
    ledger.watchlistSaved(['4'], true)
    expect(
      compareWithLedger(ledger.expected(), { watchlist: ['1', '2', '3'], bookmarks: [] })
        .mismatches,
    ).toContain('watchlist is [1, 2, 3], expected [4]')
  })
})

describe('request statistics', () => {
  test('percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1)
    expect(percentile(sorted, 50)).toBe(50)
    expect(percentile(sorted, 99)).toBe(99)
    expect(percentile(sorted, 100)).toBe(100)
    expect(percentile([7], 99)).toBe(7)
    expect(percentile([], 50)).toBeNaN()
    expect(summarizeLatencies([30, 10, 20])).toEqual({ p50Ms: 20, p99Ms: 30, maxMs: 30 })
  })

  test('429 and a missing answer are outcomes of their own', () => {
    expect([200, 201, 304, 404, 429, 500, 503, 0].map(outcomeOf)).toEqual([
      '2xx',
      '2xx',
      '3xx',
      '4xx',
      '429',
      '5xx',
      '5xx',
      'no answer',
    ])
  })
})

describe('memory verdict', () => {
  const window = { from: 60_000, to: 120_000 }
  const series = (miBAt: (second: number) => number): TMemorySample[] =>
    Array.from({ length: 130 }, (_, second) => ({ atMs: second * 1000, miB: miBAt(second) }))

  test('memory that levels off during the warm-up is flat, whatever it did before', () => {
    const verdict = memoryVerdict(
      series((second) => Math.min(400, 100 + second * 10)),
      window,
    )
    expect(verdict).toEqual({ startMiB: 400, endMiB: 400, maxMiB: 400, growth: 1, flat: true })
  })

  test('steady growth over the measured window is not flat', () => {
    const verdict = memoryVerdict(
      series((second) => 300 + second * 2),
      window,
    )
    expect(verdict?.flat).toBe(false)
    expect(verdict?.startMiB).toBe(424)
    expect(verdict?.endMiB).toBe(536)
  })

  test('a collection spike at either edge does not decide the verdict (medians)', () => {
    const verdict = memoryVerdict(
      series((second) => (second === 118 ? 900 : 400)),
      window,
    )
    expect(verdict).toMatchObject({ endMiB: 400, maxMiB: 900, flat: true })
  })

  test('the timeline shows the curve every 10 s, from the first sample at or after each step', () => {
    const samples = series((second) => 100 + second).filter((sample) => sample.atMs !== 20_000)
    expect(timelineOf(samples, 0, 40_000)).toEqual([100, 110, 121, 130, 140])
  })

  test('no verdict without samples at both edges of the window', () => {
    expect(memoryVerdict(series(() => 400).slice(0, 100), window)).toBeUndefined()
  })
})

describe('visitors follow the links a page has', () => {
  test('articles, tab feeds and further feed pages; nothing else', () => {
    const html = `<a href="/articles/btc-etf-1a2b3c">x</a><a href="/tag/defi">DeFi</a>
      <a href="/?cursor=MjAyNi0xMS0yN3wxMg">加载更多</a><a href="/tag/defi?page=2">下一页</a>
      <a href="/login">登录</a><a href="/tag/defi/rss.xml">RSS</a><a href="https://x.example/">x</a>
      <a href="/articles/btc-etf-1a2b3c">again</a><a href="/?a=1&amp;page=2">odd</a>`
    expect(linksOf(html)).toEqual({
      articles: ['/articles/btc-etf-1a2b3c'],
      tags: ['/tag/defi'],
      feedPages: ['/?cursor=MjAyNi0xMS0yN3wxMg', '/tag/defi?page=2'],
    })
  })

  test('加载更多 with JavaScript asks /feed-items for the same cursor', () => {
    expect(feedItemsPathOf('/?cursor=abc%7C12')).toBe('/feed-items?scope=all&cursor=abc%7C12')
    expect(feedItemsPathOf('/tag/defi?cursor=abc')).toBe('/feed-items?scope=defi&cursor=abc')
    expect(feedItemsPathOf('/tag/defi?page=2')).toBeUndefined()
  })
})

describe('verdict', () => {
  const summary = {
    requests: 10,
    outcomes: { '2xx': 10, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0, 'no answer': 0 },
    latency: { p50Ms: 1, p99Ms: 2, maxMs: 3 },
  }
  const passing: TSoakReport = {
    date: '2026-01-01T00:00:00.000Z',
    machine: { cpus: 2, loadAverage1m: 1, node: 'v20' },
    settings: {
      durationSeconds: 60,
      warmupSeconds: 60,
      readers: 1,
      visitors: 1,
      processes: 1,
      baseUrl: 'http://127.0.0.1:1',
    },
    requests: { all: summary, measured: summary, measuredByKind: {}, failureExamples: {} },
    writes: {
      attempted: 4,
      acknowledged: 4,
      unacknowledged: 0,
      verified: 4,
      mismatches: [],
      readBackErrors: [],
    },
    memory: [
      {
        pid: 1,
        role: 'server',
        timeline: [300, 400, 410],
        verdict: { startMiB: 400, endMiB: 410, maxMiB: 420, growth: 1.025, flat: true },
      },
    ],
  }

  test('a clean run passes; a 5xx, a 429, a lost write or growing memory each fail it', () => {
    expect(failuresOf(passing)).toEqual([])
    const failing = (change: (report: TSoakReport) => void) => {
      const report = structuredClone(passing)
      change(report)
      return failuresOf(report)
    }
    expect(failing((r) => (r.requests.all.outcomes['5xx'] = 1))).toEqual(['1 answers were 5xx'])
    expect(failing((r) => (r.requests.all.outcomes['429'] = 2))).toEqual([
      "2 answers were 429: the soak's pacing is over a rate limit",
    ])
    expect(failing((r) => (r.writes.verified = 3))[0]).toMatch(
      /^1 acknowledged writes are not in the saved state/,
    )
    expect(
      failing(
        (r) => (r.memory[0]!.verdict = { ...r.memory[0]!.verdict!, endMiB: 500, flat: false }),
      ),
    ).toEqual(['server process 1 grew from 400 to 500 MiB'])
  })
})
