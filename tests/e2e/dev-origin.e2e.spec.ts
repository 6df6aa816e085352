/**
 * The first hour of a developer: `npm run dev -- -p <port>`, opened at 127.0.0.1 rather than
 * localhost:3000 (SITE_URL's default). Logging in, 收藏 and an editor's save must just work.
 */
import type { Browser, Page } from 'playwright-core'

import { launchChromium } from '@/tests/helpers/browser'
import { startDevServer, type TDevServer } from '@/tests/helpers/devServer'
import { demoAccounts } from '@/lib/seed/accounts'
import { demoArticles } from '@/lib/seed/articles'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'

let server: TDevServer
let browser: Browser
let origin = ''

const account = (role: string) => demoAccounts.find((candidate) => candidate.roles[0] === role)!
const article = demoArticles.filter((candidate) => !candidate.draft)[0]!

beforeAll(async () => {
  server = await startDevServer()
  origin = `http://127.0.0.1:${server.port}`
  browser = await launchChromium()
  // next dev compiles each route on its first request.
}, 360_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function logInThroughForm(role: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  // Each page's first request compiles it.
  page.setDefaultTimeout(150_000)
  await page.goto(`${origin}/login`)
  await page.getByLabel('邮箱').fill(account(role).email)
  await page.getByLabel('密码').fill(account(role).password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => url.pathname !== '/login', { waitUntil: 'commit' })
  return page
}

test('a reader signed in at 127.0.0.1 on another port can 收藏 an article', async () => {
  const page = await logInThroughForm('reader')
  await page.goto(`${origin}/articles/${demoArticleSlug(article)}`)
  // The button's state comes from the reader's own bookmarks: the page hydrated and the API
  // accepted the login cookie from this origin.
  const toggle = page.locator('button[aria-pressed]').first()
  await toggle.waitFor()
  await toggle.click()
  await page.locator('button[aria-pressed="true"]').first().waitFor()
  // Saved, not only shown: after a reload the page still says so, and nobody was sent to /login.
  await page.reload()
  await page.locator('button[aria-pressed="true"]').first().waitFor()
  expect(new URL(page.url()).pathname).not.toBe('/login')
  await page.context().close()
})

test('an editor signed in there can save', async () => {
  const page = await logInThroughForm('editor')
  const status = await page.evaluate(async () => {
    const list = await fetch('/api/tags?limit=1').then((response) => response.json())
    const tag = list.docs[0]
    const saved = await fetch(`/api/tags/${tag.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ description: '开发服务器上的保存' }),
    })
    return saved.status
  })
  expect(status).toBe(200)
  await page.context().close()
})

test('the development secret is mentioned once, not on every request', () => {
  expect(server.logs().match(/PAYLOAD_SECRET is not set/g)).toHaveLength(1)
})
