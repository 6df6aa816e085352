/**
 * `npm start` with WEB_CONCURRENCY=2: two server processes on one port, each with its own Next
 * cache and page cache. A publish handled by one must reach readers of the other within a second.
 */
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'

import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { loginCookieFor } from '@/tests/helpers/restClient'
import { waitForServerProcesses } from '@/scripts/lib/productionServer'
import { demoAccounts } from '@/lib/seed/accounts'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

let server: TProductionServer
let editorCookie = ''
const editor = demoAccounts.find((account) => account.roles[0] === 'editor')!

/** A GET on a new connection: the primary hands connections to the processes in turn. */
function getOnNewConnection(
  url: string,
): Promise<{ status?: number; body: string; pageCache?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            body,
            pageCache: response.headers['x-page-cache'] as string | undefined,
          }),
        )
      })
      .on('error', reject)
  })
}

async function waitUntil(check: () => boolean | Promise<boolean>, limitMs: number) {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    if (await check()) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`not within ${limitMs} ms`)
}

/** Pids of the primary's children (the server processes), from /proc. */
async function workerPids(): Promise<number[]> {
  const children = await readFile(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8')
  return children.trim().split(/\s+/).filter(Boolean).map(Number)
}

beforeAll(async () => {
  server = await startProductionServer({ WEB_CONCURRENCY: '2' })
  await waitForServerProcesses(server, 2)
  editorCookie = await loginCookieFor(server.baseUrl, editor)
})
afterAll(async () => server?.stop())

test('two processes serve the port, each with its own page cache', async () => {
  await getOnNewConnection(`${server.baseUrl}/`)
  await getOnNewConnection(`${server.baseUrl}/`)
  // Within PAGE_CACHE_MS (1 s) each process renders `/` once: a single process would miss only
  // once. On a busy machine four requests can outlast that second, and a copy expiring midway
  // misses a third time; such a round proves nothing either way and is done again.
  let answers: (string | undefined)[] = []
  for (let round = 0; round < 5; round++) {
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const started = Date.now()
    answers = []
    for (let i = 0; i < 4; i++)
      answers.push((await getOnNewConnection(`${server.baseUrl}/`)).pageCache)
    if (Date.now() - started < 900) break
  }
  expect(answers.filter((answer) => answer === 'MISS')).toHaveLength(2)
  expect(answers.filter((answer) => answer === 'HIT')).toHaveLength(2)
  expect(await workerPids()).toHaveLength(2)
})

test('a story published through one process reaches readers of both within a second', async () => {
  // Both processes hold the feed in Next's cache (and for a second in their page caches).
  for (let i = 0; i < 4; i++) await getOnNewConnection(`${server.baseUrl}/`)
  const created = await fetch(`${server.baseUrl}/api/articles`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: editorCookie,
      origin: server.baseUrl,
    },
    body: JSON.stringify({
      title: '双进程 Two processes',
      summary: '另一个进程也要立即看到。',
      body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
      _status: 'published',
    }),
  })
  expect(created.status).toBe(201)
  // Four readers in a row (two per process) all see it, less than a second after the publish,
  // and it stays: later readers, well past the page cache's second, still see it.
  const everyReaderSeesIt = async () => {
    for (let i = 0; i < 4; i++) {
      const { body } = await getOnNewConnection(`${server.baseUrl}/`)
      if (!body.includes('双进程 Two processes')) return false
    }
    return true
  }
  expect(await waitUntil(everyReaderSeesIt, 1000)).toBeLessThanOrEqual(1000)
  await new Promise((resolve) => setTimeout(resolve, 2500))
  expect(await everyReaderSeesIt()).toBe(true)
})

/** A POST on a new connection, so consecutive posts go to the two processes in turn. */
function postOnNewConnection(url: string, body: unknown): Promise<{ status?: number }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (response) => {
        response.resume()
        response.on('end', () => resolve({ status: response.statusCode }))
      },
    )
    request.on('error', reject)
    request.end(JSON.stringify(body))
  })
}

test('rate limits hold across both processes: one account’s failed logins are counted once', async () => {
  const guess = { email: 'nobody-cluster@test.local', password: 'wrong-password-0' }
  const statuses = []
  for (let i = 0; i < 6; i++) {
    statuses.push((await postOnNewConnection(`${server.baseUrl}/api/users/login`, guess)).status)
  }
  // Five failures per account and client, wherever they land; a store per process would allow ten.
  expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true)
  expect(statuses[5]).toBe(429)
})

test('a process that dies is replaced, and the port keeps answering meanwhile', async () => {
  const [victim] = await workerPids()
  const exitsBefore = (server.logs().match(/exited \(SIGKILL\)/g) ?? []).length
  process.kill(victim!, 'SIGKILL')
  // Node's primary hands each accepted connection to a process; one handed over in the instant
  // the process dies, before the primary has seen it exit, is lost with it. Readers arriving
  // once the primary knows, while the replacement starts, must all be answered.
  await waitUntil(
    () => (server.logs().match(/exited \(SIGKILL\)/g) ?? []).length > exitsBefore,
    5000,
  )
  // New connections, as readers arriving after the crash make: a kept-alive connection to the
  // killed process dies with it (fetch's pool would hand one out and fail with ECONNRESET).
  for (let i = 0; i < 4; i++) {
    expect((await getOnNewConnection(`${server.baseUrl}/api/tags?limit=1`)).status).toBe(200)
  }
  await waitUntil(async () => {
    const pids = await workerPids()
    return pids.length === 2 && !pids.includes(victim!)
  }, 5000)
  await waitUntil(() => (server.logs().match(/process \d\)/g) ?? []).length >= 3, 120_000)
  expect(server.logs()).toMatch(/server process \d exited \(SIGKILL\); starting a new one/)
})

test('a port in use stops the whole server with one line', async () => {
  const blocker = net.createServer()
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
  const { port } = blocker.address() as net.AddressInfo
  try {
    await expect(
      startProductionServer({ WEB_CONCURRENCY: '2', PORT: String(port) }),
    ).rejects.toThrow(/cannot listen on 127\.0\.0\.1:\d+: the port is in use/)
  } finally {
    blocker.close()
  }
})
