/**
 * The built server while its database is unavailable, and what it logs. SQLite's write lock is
 * held from another connection, as a stuck maintenance job would: cached pages are still served,
 * writes answer 503 with a clear message, /api/health says what is wrong, nothing crashes, and it
 * all recovers once the lock is gone. Refusals (wrong password, 403, 404) are `info` lines
 * without a stack; a real failure is an `error` line with the request's path and status.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { holdSqliteWriteLock } from '@/lib/db/sqliteWriteLock'
import { demoAccounts } from '@/lib/seed/accounts'
import { loginCookieOf } from '@/tests/helpers/restClient'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'

let server: TProductionServer
let directory: string
let databaseUrl: string
const reader = demoAccounts.find((account) => account.email.startsWith('reader@'))!

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-trouble-'))
  databaseUrl = `file:${path.join(directory, 'newsroom.db')}`
  server = await startProductionServer({
    DATABASE_URI: databaseUrl,
    MEDIA_DIR: path.join(directory, 'media'),
  })
})
afterAll(async () => {
  await server?.stop()
  if (directory) await rm(directory, { recursive: true, force: true })
})

/** What a browser on the portal sends with a JSON request (Payload wants the origin). */
const browserHeaders = (cookie = '') => ({
  'content-type': 'application/json',
  origin: server.baseUrl,
  'sec-fetch-site': 'same-origin',
  ...(cookie ? { cookie } : {}),
})
const login = (password: string) =>
  fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: browserHeaders(),
    body: JSON.stringify({ email: reader.email, password }),
  })
const health = async () => {
  const response = await fetch(`${server.baseUrl}/api/health`)
  return {
    status: response.status,
    cache: response.headers.get('cache-control'),
    body: await response.json(),
  }
}

type TLogLine = {
  level: number
  path?: string
  status?: number
  msg?: string
  err?: { stack?: string }
}

/** The server's log lines written while `action` ran, each parsed as JSON (or failing the test). */
async function logLinesDuring(action: () => Promise<void>): Promise<TLogLine[]> {
  const mark = server.logs().length
  await action()
  // pino writes asynchronously; give the last lines a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 300))
  return server
    .logs()
    .slice(mark)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as TLogLine)
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 30_000) {
  const deadline = Date.now() + ms
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  return value
}

const PINO_ERROR = 50

test('a wrong password, a 403 and 404s are logged as info lines with path and status, never errors', async () => {
  const lines = await logLinesDuring(async () => {
    expect((await login('not-the-password-123')).status).toBe(401)
    expect((await fetch(`${server.baseUrl}/api/users`)).status).toBe(403)
    expect((await fetch(`${server.baseUrl}/api/articles/999999`)).status).toBe(404)
    expect((await fetch(`${server.baseUrl}/api/no-such-route`)).status).toBe(404)
    expect((await fetch(`${server.baseUrl}/articles/no-such-article`)).status).toBe(404)
  })
  expect(lines.filter((line) => line.level >= PINO_ERROR)).toEqual([])
  expect(lines.filter((line) => line.err?.stack)).toEqual([])
  const refusals = lines.map(({ path, status }) => ({ path, status }))
  expect(refusals).toEqual(
    expect.arrayContaining([
      { path: '/api/users/login', status: 401 },
      { path: '/api/users', status: 403 },
      { path: '/api/articles/999999', status: 404 },
    ]),
  )
})

test('with the database locked: cached pages, 503s with a message, health says why, then recovery', async () => {
  expect(await health()).toEqual({
    status: 200,
    cache: 'no-store',
    body: { status: 'ok', database: 'ok' },
  })
  const home = async () => {
    const response = await fetch(`${server.baseUrl}/`)
    return { status: response.status, body: await response.text() }
  }
  await home()
  const cachedHome = await home()
  expect(cachedHome.status).toBe(200)
  const cookie = loginCookieOf((await login(reader.password)).headers)
  expect(cookie).not.toBe('')
  const [coin] = (await (await fetch(`${server.baseUrl}/api/coins?limit=1&depth=0`)).json()).docs
  const saveWatchlist = () =>
    fetch(`${server.baseUrl}/api/watchlists/mine`, {
      method: 'PUT',
      headers: browserHeaders(cookie),
      body: JSON.stringify({ items: [coin.id] }),
    })

  const lock = await holdSqliteWriteLock(databaseUrl)
  let lines: TLogLine[] = []
  try {
    const locked = await health()
    expect(locked).toEqual({
      status: 503,
      cache: 'no-store',
      body: { status: 'error', database: 'database locked' },
    })
    expect(await home()).toEqual(cachedHome)
    // Readers of the REST API carry on: SQLite's WAL mode lets them read past the lock.
    expect((await fetch(`${server.baseUrl}/api/articles?limit=1&depth=0`)).status).toBe(200)

    lines = await logLinesDuring(async () => {
      const refused = await login(reader.password)
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBe('5')
      expect((await refused.json()).error).toMatch(/the database is unavailable/)
      const save = await saveWatchlist()
      expect(save.status).toBe(503)
      expect((await save.json()).error).toMatch(/the database is unavailable/)
    })
    expect(await home()).toEqual(cachedHome)
    // The server process is still there.
    expect(() => process.kill(server.pid, 0)).not.toThrow()
  } finally {
    await lock.release()
  }
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ level: PINO_ERROR, path: '/api/users/login', status: 503 }),
      expect.objectContaining({ level: PINO_ERROR, path: '/api/watchlists/mine', status: 503 }),
    ]),
  )

  // Nothing to restart: the next requests find the database again.
  expect((await eventually(health, (answer) => answer.status === 200)).body).toEqual({
    status: 'ok',
    database: 'ok',
  })
  expect((await eventually(saveWatchlist, (answer) => answer.status === 200)).status).toBe(200)
  expect(
    (
      await eventually(
        () => login(reader.password),
        (answer) => answer.status === 200,
      )
    ).status,
  ).toBe(200)
})
