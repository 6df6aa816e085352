/**
 * 快讯 as a reader meets it on the production build: the timeline with its days, filters and
 * 加载更多 (also without JavaScript), a permalink with its neighbours, the editions, the header
 * link and the module beside the feed.
 */
import type { Page } from 'playwright-core'

import { demoAccounts } from '@/lib/seed/accounts'
import { demoFlashes } from '@/lib/seed/flashes'
import { signedInReaderContext } from '@/tests/helpers/readerAccount'
import { loginCookieFor } from '@/tests/helpers/restClient'
import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'

const session = startServerAndBrowserForFile()

async function open(url: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await session.browser.newContext({
    locale: 'zh-CN',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  })
  const page = await context.newPage()
  const response = await page.goto(`${session.server.baseUrl}${url}`)
  expect(response?.status()).toBe(200)
  return page
}

const items = (page: Page) => page.locator('main article')
const newest = demoFlashes[0]!
const importantCount = demoFlashes.filter((flash) => flash.important).length

test('the timeline: newest first under 今天, times to the second, 重要 marked, links kept', async () => {
  const page = await open('/flash')
  await page.getByRole('heading', { level: 1, name: '快讯' }).waitFor()
  await page.getByRole('heading', { level: 2, name: '今天' }).waitFor()
  const first = items(page).first()
  expect(await first.locator('time').innerText()).toMatch(/^\d{2}:\d{2}:\d{2}$/)
  expect(await first.innerText()).toContain(newest.text.slice(0, 12))
  expect(await items(page).count()).toBe(30)
  // Each coin's move since the flash went live arrives after load, with the panel's labels.
  const chip = first.locator('li', { hasText: '发布后' }).first()
  await chip.waitFor()
  expect(await chip.innerText()).toMatch(/发布后\s*[+-]?\d+(\.\d+)?%/)
  await first.getByText('示例数据').waitFor()
  // A URL in a flash's text is a link that leaves the site without a referrer.
  const withUrl = demoFlashes.findIndex((flash) => /https:\/\//.test(flash.text))
  if (withUrl >= 0 && withUrl < 30) {
    const link = items(page).nth(withUrl).locator('p a[target="_blank"]').first()
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//)
    expect(await link.getAttribute('rel')).toContain('noreferrer')
  }
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await page.context().close()
})

test('the 重要 and category chips filter the timeline and say which is active', async () => {
  const page = await open('/flash')
  await page
    .getByRole('navigation', { name: '快讯分类' })
    .getByRole('link', { name: '重要' })
    .click()
  await page.waitForURL(/\/flash\?filter=important$/)
  await page.getByRole('heading', { level: 1, name: '重要快讯' }).waitFor()
  expect(await items(page).count()).toBe(Math.min(importantCount, 30))
  expect(await page.locator('main article').filter({ hasNotText: '重要' }).count()).toBe(0)
  const active = page.getByRole('navigation', { name: '快讯分类' }).locator('[aria-current="page"]')
  expect(await active.innerText()).toBe('重要')

  await page
    .getByRole('navigation', { name: '快讯分类' })
    .getByRole('link', { name: '安全' })
    .click()
  await page.waitForURL(/\/flash\?filter=security$/)
  const security = demoFlashes.filter((flash) => flash.categories.includes('security')).length
  expect(await items(page).count()).toBe(Math.min(security, 30))
  await page.context().close()
})

test('加载更多 without JavaScript opens the next page, older than the first', async () => {
  const page = await open('/flash', { javaScriptEnabled: false })
  const lastOnFirst = await items(page).last().locator('time').getAttribute('datetime')
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('link', { name: '加载更多' }).click(),
  ])
  expect(page.url()).toMatch(/\/flash\?cursor=/)
  await page.getByRole('heading', { level: 1, name: '更多快讯' }).waitFor()
  const firstOnSecond = await items(page).first().locator('time').getAttribute('datetime')
  expect(Date.parse(firstOnSecond!)).toBeLessThanOrEqual(Date.parse(lastOnFirst!))
  expect(await items(page).first().innerText()).toContain(demoFlashes[30]!.text.slice(0, 12))
  await page.context().close()
})

test('a permalink: its headline, NewsArticle data, the neighbours and 更多快讯', async () => {
  const page = await open('/flash')
  await items(page).nth(1).locator('time').click()
  await page.waitForURL(/\/flash\/[0-9a-f]+$/)
  const second = demoFlashes[1]!
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: (second.title ?? second.text).slice(0, 8) })
    .waitFor()
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  )
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'zh-CN' })
  expect(jsonLd.datePublished).toEqual(expect.any(String))
  // The newer neighbour is the newest flash; the older one the third.
  const secondUrl = page.url()
  await page.getByRole('link', { name: /下一条/ }).click()
  await page.waitForURL((url) => url.toString() !== secondUrl)
  expect(await page.locator('main').innerText()).toContain(newest.text.slice(0, 12))
  await page.getByRole('heading', { level: 2, name: '更多快讯' }).waitFor()
  await page.context().close()
})

test('the editions: 繁體 converts, English lists only flashes written in English', async () => {
  const traditional = await open('/zh-tw/flash')
  await traditional.getByRole('heading', { level: 1, name: '快訊' }).waitFor()
  await traditional.context().close()
  const english = await open('/en/flash')
  await english.getByRole('heading', { level: 1, name: 'Flash news' }).waitFor()
  const written = demoFlashes.filter((flash) => flash.english).length
  expect(await items(english).count()).toBe(Math.min(written, 30))
  const href = await items(english).first().locator('a').first().getAttribute('href')
  expect(href).toMatch(/^\/en\/flash\//)
  await english.context().close()
  const id = href!.split('/').pop()
  // The same flash in 繁體 exists; a flash without an English version has no English page.
  expect((await fetch(`${session.server.baseUrl}/zh-tw/flash/${id}`)).status).toBe(200)
  const chineseOnly = await open('/flash')
  const chineseId = (await items(chineseOnly).first().locator('a').first().getAttribute('href'))!
    .split('/')
    .pop()
  await chineseOnly.context().close()
  if (!newest.english)
    expect((await fetch(`${session.server.baseUrl}/en/flash/${chineseId}`)).status).toBe(404)
})

test('快讯 in the header, and the latest ten beside the feed', async () => {
  const page = await open('/')
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '快讯' })
    .waitFor()
  const flashModule = page.locator('section[aria-labelledby="flash-module-title"]')
  expect(await flashModule.locator('li').count()).toBe(10)
  await flashModule.getByRole('link', { name: '查看全部' }).click()
  await page.waitForURL(/\/flash$/)
  await page.context().close()
})

test('unknown filters, made-up cursors and ids are not found, never a 500', async () => {
  for (const url of [
    '/flash?filter=nope',
    '/flash?cursor=zzz-1',
    '/flash?cursor=%ZZ',
    '/flash/999999',
    '/flash/abc',
    '/flash/%E4%B8%AD',
  ]) {
    const response = await fetch(`${session.server.baseUrl}${url}`)
    expect({ url, status: response.status }).toEqual({ url, status: expect.any(Number) })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  }
})

test('a flash published while /flash is open is announced within 5 s and shown on top in place', async () => {
  const page = await open('/flash')
  await items(page).first().waitFor()
  const before = await items(page).count()
  // The page is hydrated once the notice region is there; then publish, as an editor would.
  await page.getByRole('status').first().waitFor({ state: 'attached' })
  const editor = demoAccounts.find((account) => account.roles[0] === 'editor')!
  const cookie = await loginCookieFor(session.server.baseUrl, editor)
  const published = Date.now()
  const response = await fetch(`${session.server.baseUrl}/api/flashes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: session.server.baseUrl },
    body: JSON.stringify({ text: '实时快讯：页面无需刷新即可看到', _status: 'published' }),
  })
  expect(response.status).toBe(201)
  const notice = page.getByRole('button', { name: /1 条新快讯/ })
  await notice.waitFor({ timeout: 8000 })
  expect(Date.now() - published).toBeLessThanOrEqual(5500)
  await notice.click()
  expect(await items(page).first().innerText()).toContain('实时快讯：页面无需刷新即可看到')
  expect(await items(page).count()).toBe(before + 1)
  // No reload: the page is the same document, and the notice is gone.
  expect(await notice.count()).toBe(0)
  await page.context().close()
})

test('GET /flash-items answers the newest flashes, shared and edge-cacheable; bad input is a 4xx', async () => {
  const response = await fetch(
    `${session.server.baseUrl}/flash-items?locale=zh-TW&filter=important`,
  )
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toContain('s-maxage=1')
  const body = await response.json()
  expect(body.items.length).toBeGreaterThan(0)
  expect(body.items.every((item: { important: boolean }) => item.important)).toBe(true)
  for (const query of ['filter=nope', 'locale=fr', 'filter=%3Cscript%3E', 'x=1']) {
    const refused = await fetch(`${session.server.baseUrl}/flash-items?${query}`)
    expect({ query, status: refused.status }).toEqual({ query, status: expect.any(Number) })
    expect([400, 404]).toContain(refused.status)
    expect((await refused.json()).error).toEqual(expect.any(String))
  }
})

test('RSS per edition and filter, and the flashes in the sitemap', async () => {
  const base = session.server.baseUrl
  const rss = await fetch(`${base}/flash/rss.xml`)
  expect(rss.headers.get('content-type')).toContain('application/rss+xml')
  const xml = await rss.text()
  expect(xml.match(/<item>/g)).toHaveLength(50)
  expect(xml).toMatch(/<link>[^<]+\/flash\/[0-9a-f]+<\/link>/)
  const important = await (await fetch(`${base}/flash/rss.xml?filter=important`)).text()
  expect(important.match(/<item>/g)).toHaveLength(importantCount)
  const english = await (await fetch(`${base}/en/flash/rss.xml`)).text()
  expect(english).toContain('<language>en</language>')
  expect(english.match(/<item>/g)).toHaveLength(demoFlashes.filter((flash) => flash.english).length)
  expect((await fetch(`${base}/flash/rss.xml?filter=nope`)).status).toBe(404)

  const index = await (await fetch(`${base}/sitemap.xml`)).text()
  expect(index).toContain('/sitemaps/flashes.xml')
  const sitemap = await (await fetch(`${base}/sitemaps/flashes.xml`)).text()
  expect(sitemap.match(/<url>/g)?.length).toBeGreaterThanOrEqual(demoFlashes.length)
  expect(sitemap).toContain('hreflang="en"')
  expect(await (await fetch(`${base}/sitemaps/pages.xml`)).text()).toContain('/flash</loc>')
})

test('利好 / 利空: a reader votes, changes and keeps the vote after a reload; a visitor is asked to log in', async () => {
  const { context } = await signedInReaderContext(session.browser, session.server.baseUrl, {
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  })
  const page = await context.newPage()
  await page.goto(`${session.server.baseUrl}/flash`)
  const votes = items(page).nth(2).getByRole('group')
  const bullish = votes.getByRole('button', { name: /利好/ })
  const bearish = votes.getByRole('button', { name: /利空/ })
  await bullish.filter({ hasText: /利好\s*0/ }).waitFor()
  await bullish.click()
  await votes.getByRole('button', { name: /利好\s*1/, pressed: true }).waitFor()
  await bearish.click()
  await votes.getByRole('button', { name: /利空\s*1/, pressed: true }).waitFor()
  await votes.getByRole('button', { name: /利好\s*0/, pressed: false }).waitFor()

  await page.reload()
  const again = items(page).nth(2).getByRole('group')
  await again.getByRole('button', { name: /利空\s*1/, pressed: true }).waitFor()
  // Another reader's counts include it; the visitor sees the count and is sent to log in.
  await context.close()
  const visitor = await open('/flash')
  const visitorVotes = items(visitor).nth(2).getByRole('group')
  await visitorVotes.getByRole('button', { name: /利空\s*1/, pressed: false }).waitFor()
  await visitorVotes.getByRole('button', { name: /利好/ }).click()
  await visitor.waitForURL(/\/login\?next=/)
  await visitor.context().close()
})
