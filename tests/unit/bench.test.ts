import { parseBenchArgs } from '@/scripts/bench/args'
import { summarize } from '@/scripts/bench/publishLatency'
import { scaleOutLines } from '@/scripts/bench/scaleOut'
import { parseWrkReport } from '@/scripts/bench/wrk'

const report = `Running 10s test @ http://127.0.0.1:8080/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   535.42us  300.12us  12.34ms   90.12%
    Req/Sec    30.12k     2.10k   35.00k    70.00%
  Latency Distribution
     50%  480.00us
     75%  600.00us
     90%  800.00us
     99%    1.50ms
  600000 requests in 10.00s, 20.00GB read
  Socket errors: connect 0, read 1, write 0, timeout 3
  Non-2xx or 3xx responses: 2
Requests/sec:  60000.00
Transfer/sec:      2.00GB
`

describe("wrk's report", () => {
  test('rate, percentiles in ms whatever the unit, and every kind of error', () => {
    expect(parseWrkReport(report)).toEqual({
      requestsPerSecond: 60000,
      p50Ms: 0.48,
      p99Ms: 1.5,
      requests: 600000,
      errors: 6,
    })
  })

  test('a report without errors counts none; seconds become milliseconds', () => {
    const clean = report
      .replace(/ {2}Socket errors.*\n/, '')
      .replace(/ {2}Non-2xx.*\n/, '')
      .replace('1.50ms', '1.20s')
    expect(parseWrkReport(clean)).toMatchObject({ errors: 0, p99Ms: 1200 })
  })

  test('output that is not a wrk report is an error, not zeros', () => {
    expect(() => parseWrkReport('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(
      /^wrk: no/,
    )
  })
})

describe('bench flags', () => {
  test('defaults: 100,000 articles in bench/.data/newsroom-100k.db, 32 connections, a build', () => {
    expect(parseBenchArgs([])).toEqual({
      ok: true,
      args: {
        help: false,
        build: true,
        articles: 100_000,
        durationSeconds: 10,
        connections: 32,
        trials: 5,
        processes: undefined,
        database: 'bench/.data/newsroom-100k.db',
      },
    })
  })

  test('--processes sets the server processes (one per core when absent)', () => {
    const parsed = parseBenchArgs(['--processes', '3'])
    expect(parsed.ok && parsed.args.processes).toBe(3)
  })

  test('--only runs one scenario alone; other names are refused', () => {
    for (const only of ['hot-views', 'watchlist-news', 'coin-page', 'scale-out']) {
      const parsed = parseBenchArgs(['--only', only])
      expect(parsed.ok && parsed.args.only).toBe(only)
    }
    const refused = parseBenchArgs(['--only', 'everything'])
    expect(refused.ok).toBe(false)
    if (!refused.ok)
      expect(refused.error).toMatch(/hot-views, watchlist-news, coin-page, scale-out/)
  })

  test.each([
    [['--articles', '10'], '--articles must be at least 1000'],
    [['--duration', 'ten'], '--duration takes a whole number'],
    [['--conections', '3'], "Unknown option '--conections'"],
    [['--processes', '0'], '--processes must be at least 1'],
  ])('%j is refused: %s', (argv, message) => {
    const parsed = parseBenchArgs(argv)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error).toContain(message)
  })
})

test('publish-to-visible summary: median and worst of the trials', () => {
  expect(summarize([900, 300, 500, 700, 1200])).toEqual({
    medianMs: 700,
    maxMs: 1200,
    samplesMs: [900, 300, 500, 700, 1200],
  })
})

describe('scale-out report', () => {
  const result = (requestsPerSecond: number, p99Ms: number) => ({
    requestsPerSecond,
    p50Ms: 1,
    p99Ms,
    requests: requestsPerSecond * 10,
    errors: 0,
  })
  const step = (instances: number, feed: number, p99: number) => ({
    instances,
    rows: [{ target: 'feed' as const, result: result(feed, p99), requestsUntilKept: [2] }],
    publishToVisible: summarize([600, 800, 700]),
    publishReadOn: instances === 1 ? ('same instance' as const) : ('other instance' as const),
    rssMiBPerInstance: Array.from({ length: instances }, () => 500),
    peakRssMiBPerInstance: Array.from({ length: instances }, () => 550),
  })

  test('prints both steps side by side with the 2/1 ratios, and where publish was read', () => {
    const lines = scaleOutLines({
      processesPerInstance: 1,
      connections: 32,
      durationSeconds: 10,
      steps: [step(1, 2000, 100), step(2, 3000, 80)],
      ratios: [{ target: 'feed', requestsPerSecond: 1.5, p99: 0.8 }],
      redisUsedMemoryMiB: 1.3,
    })
    const feed = lines.find((line) => line.startsWith('feed'))!
    expect(feed.split(/\s+/)).toEqual([
      'feed',
      '2000',
      '100.0',
      '0',
      '3000',
      '80.0',
      '0',
      '1.50',
      '0.80',
    ])
    expect(lines.join('\n')).toContain('read on the other instance: median 700 ms, max 800 ms')
    expect(lines.join('\n')).toContain('2 instances 500 (550) MiB, 500 (550) MiB')
  })
})
