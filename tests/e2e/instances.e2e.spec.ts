/**
 * Two app instances as two machines would run them (REDIS_URL, lib/redis): separate server
 * processes with separate build directories (one `next build`, its output linked into a second
 * directory) and page caches, one database, one Redis. A change made through one instance must
 * reach the other's cached pages within a second; a rate limit counts across both; without Redis
 * both keep serving, and when it returns shared expiry resumes by itself.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '@/scripts/lib/freePort'
import { startNextProductionServer, type TProductionServer } from '@/scripts/lib/productionServer'
import { nextDistDir } from '@/lib/env'
import { LOCAL_LAYER_MAX_AGE_MS } from '@/lib/redis/joinInstances'
import { demoAccounts } from '@/lib/seed/accounts'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { loginCookieFor } from '@/tests/helpers/restClient'
import { startRedisServer, type TRedisServer } from '@/tests/helpers/redisServer'

/** Instance B's build directory: the same build, as a second machine's copy of it. */
const SECOND_DIST_DIR = '.next-instance-b'
const editor = demoAccounts.find((account) => account.roles[0] === 'editor')!

let redis: TRedisServer
let a: TProductionServer
let b: TProductionServer
let editorCookie = ''
let databaseDirectory = ''

/**
 * Hard links of the build output, without Next's build cache: a copy that costs no time or space.
 * The server replaces the files it writes rather than rewriting them, and with Redis it writes no
 * cache entries to disk.
 */
function linkBuildInto(target: string) {
  const source = nextDistDir()
  const entries = readdirSync(source).filter((entry) => entry !== 'cache')
  const copied = spawnSync('cp', [
    '-al',
    ...entries.map((entry) => path.join(source, entry)),
    target,
  ])
  if (copied.status !== 0) throw new Error(`linking the build failed: ${copied.stderr}`)
}

beforeAll(async () => {
  redis = await startRedisServer()
  await rm(SECOND_DIST_DIR, { recursive: true, force: true })
  await mkdir(SECOND_DIST_DIR)
  linkBuildInto(SECOND_DIST_DIR)
  databaseDirectory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-e2e-instances-'))
  // One database and one public address, as instances behind one load balancer have. Started
  // together: the first to take the start-up lock migrates and seeds, the other waits for it.
  const portOfA = await freePort()
  const shared = {
    REDIS_URL: redis.url,
    PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef',
    DATABASE_URI: `file:${path.join(databaseDirectory, 'newsroom.db')}`,
    SITE_URL: `http://127.0.0.1:${portOfA}`,
  }
  ;[a, b] = await Promise.all([
    startNextProductionServer({ env: shared, port: portOfA, tempPrefix: 'newsroom-e2e-a-' }),
    startNextProductionServer({
      env: { ...shared, NEXT_DIST_DIR: SECOND_DIST_DIR },
      tempPrefix: 'newsroom-e2e-b-',
    }),
  ])
  editorCookie = await loginCookieFor(a.baseUrl, editor)
})
afterAll(async () => {
  await b?.stop()
  await a?.stop()
  await redis?.stop()
  await rm(SECOND_DIST_DIR, { recursive: true, force: true })
  await rm(databaseDirectory, { recursive: true, force: true })
})

async function throughA(pathname: string, method: string, body: unknown) {
  const response = await fetch(`${a.baseUrl}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: editorCookie, origin: a.baseUrl },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

const publishThroughA = (title: string, tags: Array<number | string> = []) =>
  throughA('/api/articles', 'POST', {
    title,
    summary: '另一台机器也要立即看到。',
    body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
    tags,
    _status: 'published',
  })

const pageOfB = async (pathname: string) => (await fetch(`${b.baseUrl}${pathname}`)).text()

/** Polls B until every page shows `text`; how long that took. */
async function untilBShows(text: string, pathnames: string[], limitMs: number) {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    const pages = await Promise.all(pathnames.map(pageOfB))
    if (pages.every((html) => html.includes(text))) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${pathnames.join(', ')} on B did not show ${text} within ${limitMs} ms`)
}

/** Reads B's pages twice, so they are in Next's cache and B's page cache. */
async function warmB(pathnames: string[]) {
  for (let round = 0; round < 2; round++) await Promise.all(pathnames.map(pageOfB))
}

test('a publish and an edit through A reach B’s cached feed, tag feed and article page within a second', async () => {
  const defi = (await (await fetch(`${a.baseUrl}/api/tags?where[slug][equals]=defi`)).json())
    .docs[0]
  const story = (
    await (await fetch(`${a.baseUrl}/api/articles?limit=1&where[tags][in]=${defi.id}`)).json()
  ).docs[0]
  const pages = ['/', '/tag/defi', `/articles/${story.slug}`]
  await warmB(pages)

  expect((await publishThroughA('双机发布 Two machines', [defi.id])).status).toBe(201)
  expect(await untilBShows('双机发布 Two machines', ['/', '/tag/defi'], 1000)).toBeLessThan(1000)

  const edited = await throughA(`/api/articles/${story.id}`, 'PATCH', { title: '双机更正 Edited' })
  expect(edited.status).toBe(200)
  expect(await untilBShows('双机更正 Edited', [`/articles/${story.slug}`], 1000)).toBeLessThan(1000)
})

test('a rate limit spent on A counts on B', async () => {
  const guess = JSON.stringify({ email: 'nobody-instances@test.local', password: 'wrong-0' })
  const statuses = []
  for (const server of [a, b, a, b, a, b]) {
    const response = await fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: guess,
    })
    statuses.push(response.status)
  }
  // Five failures per account and client in all; counted per instance, B would allow three more.
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
})

test('a login works on both instances, and logging out on A logs out on B', async () => {
  const cookie = await loginCookieFor(a.baseUrl, editor)
  const me = async (server: TProductionServer) =>
    (
      await (
        await fetch(`${server.baseUrl}/api/users/me`, { headers: { cookie, origin: a.baseUrl } })
      ).json()
    ).user
  expect((await me(b))?.email).toBe(editor.email)
  const logout = await fetch(`${a.baseUrl}/api/users/logout`, {
    method: 'POST',
    headers: { cookie, origin: a.baseUrl },
  })
  expect(logout.status).toBe(200)
  expect(await me(b)).toBeNull()
})

test('without Redis both instances serve, a publish reaches B within the stated bound, and shared expiry resumes when Redis returns', async () => {
  // Counted from here: a command that timed out under load earlier may have logged an outage.
  const linesBefore = [a, b].map((server) => server.logs().match(/redis unreachable/g)?.length ?? 0)
  await redis.stop()
  const requests = 20
  for (let i = 0; i < requests; i++) {
    expect((await fetch(`${a.baseUrl}/`)).status).toBe(200)
    expect((await fetch(`${b.baseUrl}/?n=${i}`)).status).toBe(200)
  }
  // One line per outage, however many requests fell back.
  ;[a, b].forEach((server, index) =>
    expect(server.logs().match(/redis unreachable/g)?.length).toBe(linesBefore[index]! + 1),
  )

  // A cannot tell B: B shows it once its local layer has let go of the feed (plus its page cache).
  await warmB(['/'])
  expect((await publishThroughA('无缓存发布 Without Redis')).status).toBe(201)
  expect(
    await untilBShows('无缓存发布 Without Redis', ['/'], LOCAL_LAYER_MAX_AGE_MS + 2000),
  ).toBeLessThanOrEqual(LOCAL_LAYER_MAX_AGE_MS + 2000)

  const recoveries = (server: TProductionServer) =>
    server.logs().match(/redis reachable again/g)?.length ?? 0
  const recoveriesBefore = [a, b].map(recoveries)
  await redis.start()
  const recovered = Date.now()
  while (![a, b].every((server, index) => recoveries(server) > recoveriesBefore[index]!)) {
    if (Date.now() - recovered > 10_000) throw new Error('the instances did not reconnect')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await warmB(['/'])
  expect((await publishThroughA('恢复后发布 Redis back')).status).toBe(201)
  expect(await untilBShows('恢复后发布 Redis back', ['/'], 1000)).toBeLessThan(1000)
})
