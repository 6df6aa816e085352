/**
 * Pages are served from Next's cache; publishing, unpublishing and editing through the API must
 * still reach readers at once. Also: an editor previews a draft on its real page, nobody else can.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'

import { scheduleArticleStatus } from '@/tests/helpers/schedulePublish'
import { launchChromium } from '@/tests/helpers/browser'
import { attachPayloadTo } from '@/tests/helpers/payload'
import { loginCookieFor } from '@/tests/helpers/restClient'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { demoAccounts } from '@/lib/seed/accounts'
import { demoArticles } from '@/lib/seed/articles'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'
import { formatDateTime } from '@/lib/format/datetime'
import { parseEnv } from '@/lib/env'

let server: TProductionServer
let browser: Browser
let editorCookie = ''
let databaseDirectory = ''
let localApi: Payload

const editor = demoAccounts.find((account) => account.roles[0] === 'editor')!

beforeAll(async () => {
  databaseDirectory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-e2e-publishing-'))
  const databaseUri = `file:${path.join(databaseDirectory, 'e2e.db')}`
  server = await startProductionServer({ DATABASE_URI: databaseUri, SCHEDULE_POLL_SECONDS: '1' })
  localApi = await attachPayloadTo(databaseUri)
  browser = await launchChromium()
  editorCookie = await loginCookieFor(server.baseUrl, editor)
})
afterAll(async () => {
  await browser?.close()
  await localApi?.destroy()
  await server?.stop()
  await rm(databaseDirectory, { recursive: true, force: true })
})

async function asEditor(path: string, method: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: editorCookie, origin: server.baseUrl },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

/** Publishes a one-paragraph story through the REST API, as an editor does in the admin. */
const publishStory = (title: string, summary: string) =>
  asEditor('/api/articles', 'POST', {
    title,
    summary,
    body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
    _status: 'published',
  })

/** Polls a page until `check` holds; returns how long it took. */
async function waitFor(
  path: string,
  check: (html: string, status: number) => boolean,
  limitMs = 5000,
) {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    const response = await fetch(`${server.baseUrl}${path}`)
    if (check(await response.text(), response.status)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${path} did not change within ${limitMs} ms`)
}

/** The portal's promise: a change made through the API is what the next reader sees within 1 s. */
async function reachesReaders(path: string, check: (html: string, status: number) => boolean) {
  expect(await waitFor(path, check)).toBeLessThanOrEqual(1000)
}

test('publishing, editing and unpublishing reach the cached feed and article page within a second', async () => {
  // Warm the caches first, so the test proves invalidation rather than a first render.
  await fetch(`${server.baseUrl}/`)
  await fetch(`${server.baseUrl}/tag/defi`)
  const defi = (await (await fetch(`${server.baseUrl}/api/tags?where[slug][equals]=defi`)).json())
    .docs[0]
  const created = await asEditor('/api/articles', 'POST', {
    title: '突发测试 Breaking',
    summary: '端到端测试发布的文章。',
    body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
    tags: [defi.id],
    _status: 'published',
  })
  expect(created.status).toBe(201)
  const { slug, id } = created.body.doc
  await reachesReaders('/', (html) => html.includes('突发测试 Breaking'))
  await reachesReaders('/tag/defi', (html) => html.includes('突发测试 Breaking'))
  await reachesReaders(
    `/articles/${slug}`,
    (html, status) => status === 200 && html.includes('端到端测试发布的文章'),
  )

  expect(
    (await asEditor(`/api/articles/${id}`, 'PATCH', { title: '更正后的标题 Corrected' })).status,
  ).toBe(200)
  await reachesReaders(`/articles/${slug}`, (html) => html.includes('更正后的标题 Corrected'))
  await reachesReaders(
    '/',
    (html) => html.includes('更正后的标题 Corrected') && !html.includes('突发测试 Breaking'),
  )

  expect((await asEditor(`/api/articles/${id}`, 'PATCH', { _status: 'draft' })).status).toBe(200)
  await reachesReaders(`/articles/${slug}`, (_html, status) => status === 404)
  await reachesReaders('/', (html) => !html.includes('更正后的标题 Corrected'))
  await reachesReaders('/tag/defi', (html) => !html.includes('更正后的标题 Corrected'))
})

test('a 快讯 published, edited, unpublished and deleted reaches /flash, its page and the home module within a second', async () => {
  // Read first, so every page is in the caches the change must renew.
  for (const path of ['/flash', '/', '/flash?filter=important'])
    await fetch(`${server.baseUrl}${path}`)
  const created = await asEditor('/api/flashes', 'POST', {
    text: '测试快讯：发布即达读者',
    title: '快讯发布测试',
    important: true,
    _status: 'published',
  })
  expect(created.status).toBe(201)
  const id = String(created.body.doc.id)
  await reachesReaders('/flash', (html) => html.includes('快讯发布测试'))
  await reachesReaders('/flash?filter=important', (html) => html.includes('快讯发布测试'))
  await reachesReaders('/', (html) => html.includes('快讯发布测试'))
  await reachesReaders(
    `/flash/${id}`,
    (html, status) => status === 200 && html.includes('发布即达读者'),
  )

  expect((await asEditor(`/api/flashes/${id}`, 'PATCH', { title: '快讯改标题' })).status).toBe(200)
  await reachesReaders(
    '/flash',
    (html) => html.includes('快讯改标题') && !html.includes('快讯发布测试'),
  )
  await reachesReaders(`/flash/${id}`, (html) => html.includes('快讯改标题'))

  expect((await asEditor(`/api/flashes/${id}`, 'PATCH', { _status: 'draft' })).status).toBe(200)
  await reachesReaders('/flash', (html) => !html.includes('快讯改标题'))
  await reachesReaders(`/flash/${id}`, (_html, status) => status === 404)

  expect((await asEditor(`/api/flashes/${id}`, 'PATCH', { _status: 'published' })).status).toBe(200)
  await reachesReaders('/flash', (html) => html.includes('快讯改标题'))
  expect((await asEditor(`/api/flashes/${id}`, 'DELETE')).status).toBe(200)
  await reachesReaders('/flash', (html) => !html.includes('快讯改标题'))
  await reachesReaders('/', (html) => !html.includes('快讯改标题'))
})

test('a page the server answers from memory is replaced by the very next request after a publish', async () => {
  await fetch(`${server.baseUrl}/`)
  const warm = await fetch(`${server.baseUrl}/`)
  // The second read within PAGE_CACHE_MS comes from server.ts's page cache, not from Next.
  expect(warm.headers.get('x-page-cache')).toBe('HIT')
  const created = await publishStory('内存缓存 Memory', '发布后立即可见。')
  expect(created.status).toBe(201)
  const next = await fetch(`${server.baseUrl}/`)
  expect(next.headers.get('x-page-cache')).toBe('MISS')
  expect(await next.text()).toContain('内存缓存 Memory')
  // A signed-in reader never gets the shared copy.
  const signedIn = await fetch(`${server.baseUrl}/`, { headers: { cookie: editorCookie } })
  expect(signedIn.headers.get('x-page-cache')).toBeNull()
})

test('a story published while readers keep the feed busy reaches them and stays', async () => {
  // Renders of the feed in flight while the publish commits read the old list; the follow-up
  // expiry (lib/revalidate.ts) must replace what they store, or the old feed would stay cached.
  let reading = true
  const readers = Array.from({ length: 4 }, async () => {
    while (reading) await (await fetch(`${server.baseUrl}/`)).text()
  })
  try {
    for (let trial = 0; trial < 3; trial++) {
      const title = `读者高峰 Busy ${trial}`
      const created = await publishStory(title, '读者很多时发布的文章。')
      expect(created.status).toBe(201)
      await waitFor('/', (html) => html.includes(title), 3000)
      // Still there once the follow-up expiry has passed and the readers caused new renders.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await (await fetch(`${server.baseUrl}/`)).text()).toContain(title)
    }
  } finally {
    reading = false
    await Promise.all(readers)
  }
})

test('a scheduled article appears at its time with nobody touching anything', async () => {
  const created = await asEditor('/api/articles?draft=true', 'POST', {
    title: '定时发布 Scheduled',
    summary: '按计划时间上线的文章。',
    body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
    _status: 'draft',
  })
  expect(created.status).toBe(201)
  const { slug, id } = created.body.doc
  // Cached copies that the scheduled publish has to replace.
  expect((await fetch(`${server.baseUrl}/`)).status).toBe(200)
  expect((await fetch(`${server.baseUrl}/articles/${slug}`)).status).toBe(404)

  const at = new Date(Date.now() + 4000)
  // What the admin's 安排发布 drawer does on the server.
  await scheduleArticleStatus(localApi, { articleId: id, at })

  // Not before its time...
  await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() - 1500))
  expect(await (await fetch(`${server.baseUrl}/`)).text()).not.toContain('定时发布 Scheduled')
  // ...and within the runner's poll (1 s here) plus the publish itself after it.
  await waitFor('/', (html) => html.includes('定时发布 Scheduled'), 10_000)
  expect(Date.now() - at.getTime()).toBeLessThan(3000)
  await waitFor(`/articles/${slug}`, (_html, status) => status === 200, 1000)
})

test('the admin list shows a scheduled article as 定时发布 with its time', async () => {
  const created = await asEditor('/api/articles?draft=true', 'POST', {
    title: '明早上线 Tomorrow morning',
    summary: '排好时间的草稿。',
    body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
    _status: 'draft',
  })
  const at = new Date(Date.now() + 12 * 3600_000)
  await scheduleArticleStatus(localApi, { articleId: created.body.doc.id, at })

  const context = await browser.newContext()
  const [name, value] = editorCookie.split(/=(.*)/s)
  await context.addCookies([{ name: name!, value: value!, url: server.baseUrl }])
  try {
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/admin/collections/articles`)
    const row = page.locator('tbody tr', { hasText: '明早上线 Tomorrow morning' })
    // The portal's display time zone (TZ_DISPLAY), as the scheduling drawer offers it.
    const shown = `定时发布 ${formatDateTime(at, parseEnv({}).TZ_DISPLAY)}`
    await expect(row.locator('.cell-scheduled').textContent()).resolves.toBe(shown)
    // A draft without a schedule shows nothing there.
    const unscheduled = page.locator('tbody tr').filter({ hasNotText: '明早上线' }).first()
    await expect(unscheduled.locator('.cell-scheduled').textContent()).resolves.toBe('')
  } finally {
    await context.close()
  }
})

test('deleting an article removes its page and its feed entry', async () => {
  const created = await publishStory('即将删除 Delete me', '会被删除。')
  const { slug, id } = created.body.doc
  await reachesReaders('/', (html) => html.includes('即将删除 Delete me'))
  expect((await asEditor(`/api/articles/${id}`, 'DELETE')).status).toBe(200)
  await reachesReaders('/', (html) => !html.includes('即将删除 Delete me'))
  await reachesReaders(`/articles/${slug}`, (_html, status) => status === 404)
})

test('an editor previews a draft on its real page; a visitor gets 404 for it', async () => {
  const draft = demoArticles.find((article) => article.draft)!
  const slug = demoArticleSlug(draft)
  expect((await fetch(`${server.baseUrl}/articles/${slug}`)).status).toBe(404)

  const page = await browser.newPage({ locale: 'zh-CN' })
  await page.goto(`${server.baseUrl}/admin/login`)
  await page.fill('input[name="email"]', editor.email)
  await page.fill('input[name="password"]', editor.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  await page.goto(`${server.baseUrl}/preview?slug=${slug}`)
  await page.waitForURL(new RegExp(`/articles/${slug}$`))
  await page.getByText('草稿预览').waitFor()
  await expect(page.locator('h1').textContent()).resolves.toBe(draft.title)
  await page.close()

  // The editor's preview did not leak into the cache that everyone else is served.
  expect((await fetch(`${server.baseUrl}/articles/${slug}`)).status).toBe(404)
})

test('a reader cannot enter draft preview', async () => {
  const reader = demoAccounts.find((account) => account.roles[0] === 'reader')!
  const login = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: reader.email, password: reader.password }),
  })
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('payload-token='))!
    .split(';')[0]!
  const draft = demoArticles.find((article) => article.draft)!
  const response = await fetch(`${server.baseUrl}/preview?slug=${demoArticleSlug(draft)}`, {
    // What a browser sends on a same-site navigation; Payload honours the cookie on such requests.
    headers: { cookie, 'sec-fetch-site': 'same-origin' },
    redirect: 'manual',
  })
  expect(response.status).toBe(403)
})

test('/preview refuses a malformed slug or 快讯 id with 400 and a message', async () => {
  for (const query of ['', '?slug=Not%20A%20Slug', '?flash=..%2Fadmin', '?flash=']) {
    const response = await fetch(`${server.baseUrl}/preview${query}`, { redirect: 'manual' })
    const body = (await response.json().catch(() => null)) as { error?: string } | null
    expect([query, response.status, body?.error]).toEqual([query, 400, 'invalid slug or flash id'])
  }
})
