/**
 * A fresh install of the production build: migrations and demo content on first start, the public
 * API without drafts, and the Chinese admin that the printed editor account can log into.
 */
import path from 'node:path'
import type { Browser } from 'playwright-core'

import { launchChromium, SCREENSHOT_DIR } from '@/tests/helpers/browser'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { demoAccounts } from '@/lib/seed/accounts'
import { demoArticles } from '@/lib/seed/articles'
import { demoTags } from '@/lib/seed/tags'

let server: TProductionServer
let browser: Browser

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type TArticleList = { totalDocs: number; docs: { title: string; _status: string }[] }

test('the first start seeds the demo content and /api/articles lists it without drafts', async () => {
  const response = await fetch(`${server.baseUrl}/api/articles?limit=200&depth=0&draft=true`)
  expect(response.status).toBe(200)
  const list = (await response.json()) as TArticleList
  const published = demoArticles.filter((article) => !article.draft)
  const drafts = demoArticles.filter((article) => article.draft)
  expect(list.totalDocs).toBe(published.length)
  expect(list.docs.every((doc) => doc._status === 'published')).toBe(true)
  const titles = new Set(list.docs.map((doc) => doc.title))
  for (const draft of drafts) expect(titles.has(draft.title)).toBe(false)
})

test('the 13 category tags come in tab order', async () => {
  const response = await fetch(`${server.baseUrl}/api/tags?limit=50&sort=order`)
  const tags = (await response.json()) as { docs: { name: string }[] }
  // The list itself is checked once (tests/unit/demo-content.test.ts); here: seeded in that order.
  expect(tags.docs.map((tag) => tag.name)).toEqual(demoTags.map((tag) => tag.name))
})

test('the portal answers in Chinese', async () => {
  const response = await fetch(`${server.baseUrl}/`)
  expect(response.status).toBe(200)
  expect(await response.text()).toContain('<html lang="zh-CN"')
})

test('an editor logs into the admin with the demo account and sees it in Chinese', async () => {
  const editor = demoAccounts.find((account) => account.roles[0] === 'editor')!
  // Payload loads a row's tags only once the row is on screen: a window tall enough for all 25.
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 1600 } })
  await page.goto(`${server.baseUrl}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await page.fill('input[name="email"]', editor.email)
  await page.fill('input[name="password"]', editor.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  await page.getByText('文章', { exact: true }).first().waitFor({ timeout: 30_000 })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-dashboard.png'), fullPage: true })
  const newest = demoArticles
    .filter((article) => !article.draft)
    .sort((a, b) => a.hoursAgo - b.hoursAgo)[0]!
  // The list's default order is last change first; sorted by 发布时间 the newest story leads.
  await page.goto(`${server.baseUrl}/admin/collections/articles?sort=-publishedAt`)
  await page.getByRole('link', { name: newest.title }).first().waitFor({ timeout: 30_000 })
  await page
    .getByRole('columnheader', { name: /发布时间/ })
    .first()
    .waitFor()
  // Relationship cells load as their rows come into view, so the editor scrolls down the list.
  const rows = page.locator('table tbody tr')
  for (let row = 0; row < (await rows.count()); row += 1)
    await rows.nth(row).scrollIntoViewIfNeeded()
  // The tag column fills in some time after the list renders (on a busy machine it may not even
  // have started loading yet), so wait for it rather than look once; every demo article has at
  // least one tag, so a placeholder that never goes away fails the test.
  await page.waitForFunction(
    () =>
      !document.body.innerText.includes('<没有 标签>') &&
      !document.body.innerText.includes('加载中'),
    undefined,
    { timeout: 30_000 },
  )
  expect(await page.getByText('<没有 标签>').count()).toBe(0)
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-articles.png'), fullPage: true })
  await page.close()
})

test('a reader account cannot open the admin', async () => {
  const reader = demoAccounts.find((account) => account.roles[0] === 'reader')!
  const login = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: reader.email, password: reader.password }),
  })
  expect(login.status).toBe(200)
  const page = await browser.newPage({ locale: 'zh-CN' })
  const cookie = login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))!
  const [name, value] = cookie.split(';')[0]!.split('=')
  await page.context().addCookies([{ name: name!, value: value!, url: server.baseUrl }])
  await page.goto(`${server.baseUrl}/admin`)
  await page.waitForURL(/\/admin\/(unauthorized|login)/, { timeout: 30_000 })
  expect(await page.locator('a[href="/admin/collections/articles"]').count()).toBe(0)
  await page.close()
})
