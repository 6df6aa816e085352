import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { parseEnv } from '@/lib/env'
import { refreshEdgePaths } from '@/lib/edge/refresh'

type TSeen = { url: string; method: string; host?: string; encoding?: string }

/** A stand-in refresh listener that records what it is asked and answers per path. */
async function startListener(
  answer: (url: string) => { status?: number; delayMs?: number } = () => ({}),
) {
  const seen: TSeen[] = []
  let inFlight = 0
  let maxInFlight = 0
  const server = http.createServer(async (request, response) => {
    const url = request.url ?? '/'
    seen.push({
      url,
      method: request.method ?? '',
      host: request.headers.host,
      encoding: request.headers['accept-encoding'],
    })
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    const { status = 200, delayMs = 0 } = answer(url)
    await new Promise((resolve) => setTimeout(resolve, delayMs))
    inFlight--
    response.statusCode = status
    response.end('page')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

type TListener = Awaited<ReturnType<typeof startListener>>

function recordingLogger() {
  const messages: string[] = []
  return { messages, warn: (message: string) => void messages.push(message) }
}

let listener: TListener
afterEach(async () => {
  await listener?.close()
})

describe('refreshEdgePaths', () => {
  test('without EDGE_REFRESH_URL it sends nothing', async () => {
    listener = await startListener()
    expect(process.env.EDGE_REFRESH_URL).toBeUndefined()
    const logger = recordingLogger()
    const result = await refreshEdgePaths(['/', '/articles/a'], {
      siteUrl: 'https://news.example',
      logger,
    })
    expect(result).toEqual({ requested: 0, failed: 0 })
    expect(listener.seen).toEqual([])
    expect(logger.messages).toEqual([])
  })

  test('GETs each path once per edge encoding, with the readers’ Host (that of SITE_URL)', async () => {
    listener = await startListener()
    const result = await refreshEdgePaths(['/', '/tag/defi', '/'], {
      refreshUrl: listener.url,
      siteUrl: 'https://news.example',
      logger: recordingLogger(),
    })
    expect(result).toEqual({ requested: 4, failed: 0 })
    expect(listener.seen).toEqual([
      { url: '/', method: 'GET', host: 'news.example', encoding: 'gzip' },
      { url: '/tag/defi', method: 'GET', host: 'news.example', encoding: 'gzip' },
      { url: '/', method: 'GET', host: 'news.example', encoding: undefined },
      { url: '/tag/defi', method: 'GET', host: 'news.example', encoding: undefined },
    ])
  })

  test('keeps a non-default port in the Host, as browsers send it', async () => {
    listener = await startListener()
    await refreshEdgePaths(['/'], { refreshUrl: listener.url, siteUrl: 'http://localhost:8080' })
    expect(listener.seen.map((seen) => seen.host)).toEqual(['localhost:8080', 'localhost:8080'])
  })

  test('renews at most `concurrency` paths at a time', async () => {
    listener = await startListener(() => ({ delayMs: 30 }))
    const paths = Array.from({ length: 8 }, (_, index) => `/articles/a${index}`)
    await refreshEdgePaths(paths, {
      refreshUrl: listener.url,
      siteUrl: 'https://news.example',
      concurrency: 3,
    })
    expect(listener.seen).toHaveLength(16)
    expect(listener.maxInFlight()).toBe(3)
  })

  test('logs failures and never throws: errors, timeouts, refused connections, bad paths', async () => {
    listener = await startListener((url) =>
      url === '/broken' ? { status: 502 } : url === '/slow' ? { delayMs: 500 } : {},
    )
    const logger = recordingLogger()
    const result = await refreshEdgePaths(['/broken', '/slow', '/gone', '//evil.example/x'], {
      refreshUrl: listener.url,
      siteUrl: 'https://news.example',
      timeoutMs: 100,
      logger,
    })
    expect(result).toEqual({ requested: 6, failed: 5 })
    expect(logger.messages).toEqual(
      expect.arrayContaining([
        'edge refresh of /broken (gzip) failed: answered 502',
        'edge refresh of /broken (identity) failed: answered 502',
        expect.stringMatching(/^edge refresh of \/slow \(gzip\) failed: /),
        expect.stringMatching(/^edge refresh of \/slow \(identity\) failed: /),
        'edge refresh of "//evil.example/x" skipped: not a path',
      ]),
    )
    // A 404 (an unpublished article's page) is an answer like any other.
    expect(logger.messages.some((message) => message.includes('/gone'))).toBe(false)

    const closed = `http://127.0.0.1:${new URL(listener.url).port}`
    await listener.close()
    const refused = recordingLogger()
    await expect(
      refreshEdgePaths(['/'], {
        refreshUrl: closed,
        siteUrl: 'https://news.example',
        logger: refused,
      }),
    ).resolves.toEqual({ requested: 2, failed: 2 })
    expect(refused.messages[0]).toMatch(/^edge refresh of \/ \(gzip\) failed: .*ECONNREFUSED/)
  })

  test('a malformed URL is logged, not thrown', async () => {
    listener = await startListener()
    const logger = recordingLogger()
    await expect(
      refreshEdgePaths(['/'], { refreshUrl: 'not a url', siteUrl: 'https://news.example', logger }),
    ).resolves.toEqual({ requested: 0, failed: 0 })
    expect(logger.messages).toEqual([expect.stringMatching(/^edge refresh skipped: /)])
  })
})

describe('EDGE_REFRESH_URL', () => {
  test('optional; an origin, kept without its trailing slash', () => {
    expect(parseEnv({}).EDGE_REFRESH_URL).toBeUndefined()
    expect(parseEnv({ EDGE_REFRESH_URL: 'http://nginx:8081/' }).EDGE_REFRESH_URL).toBe(
      'http://nginx:8081',
    )
  })

  test.each([
    ['nginx:8081', /must be the absolute http\(s\) URL of nginx’s internal refresh listener/],
    ['ftp://nginx:8081', /must be the absolute http\(s\) URL/],
    ['http://nginx:8081/refresh', /must be an origin only/],
    ['http://nginx:8081/?x=1', /must be an origin only/],
    ['http://user:secret@nginx:8081', /must be an origin only/],
  ])('%s is refused with a one-line message', (value, message) => {
    expect(() => parseEnv({ EDGE_REFRESH_URL: value })).toThrow(
      new RegExp(`^Invalid environment variable EDGE_REFRESH_URL: ${message.source}`),
    )
  })
})
