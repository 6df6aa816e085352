/**
 * 热门 on the production build: views counted by the real beacon of article pages opened in
 * distinct browser contexts (each its own client address: the server trusts X-Forwarded-For from
 * loopback here, as behind a proxy) move an article into the list on /hot and in the module.
 */
import type { Browser } from 'playwright-core'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { launchChromium } from '@/tests/helpers/browser'

let server: TProductionServer
let browser: Browser

beforeAll(async () => {
  server = await startProductionServer({ TRUSTED_PROXIES: 'loopback' })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

// Headless Chromium says HeadlessChrome, which the counter takes for a bot (rightly): readers'
// contexts present the desktop browser's agent.
const DESKTOP_CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

let nextClient = 1
async function readerContext(width = 1280, userAgent = DESKTOP_CHROME, client = nextClient++) {
  return browser.newContext({
    locale: 'zh-CN',
    userAgent,
    viewport: { width, height: 900 },
    extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${client}` },
  })
}

/** Opens an article page (as a new reader unless `client` is given) and waits for its beacon. */
async function readArticle(
  slug: string,
  {
    userAgent = DESKTOP_CHROME,
    client = nextClient++,
  }: { userAgent?: string; client?: number } = {},
) {
  const context = await readerContext(1280, userAgent, client)
  const page = await context.newPage()
  const beacon = page.waitForResponse(
    (response) => response.url().endsWith('/api/article-views/record'),
    { timeout: 30_000 },
  )
  expect((await page.goto(`${server.baseUrl}/articles/${slug}`))?.status()).toBe(200)
  const answer = await beacon
  expect(answer.status()).toBe(202)
  const body = (await answer.json()) as { counted: boolean }
  await context.close()
  return body.counted
}

type TArticleRow = { slug: string; title: string }

async function oldestPublished(count: number): Promise<TArticleRow[]> {
  const response = await fetch(
    `${server.baseUrl}/api/articles?limit=${count}&sort=publishedAt&depth=0&select[slug]=true&select[title]=true`,
  )
  return ((await response.json()) as { docs: TArticleRow[] }).docs
}

/** Tries `check` until it holds: the lists are recomputed at most once a minute. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 150_000) {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error('the 热门 list never showed the views')
    await new Promise((resolve) => setTimeout(resolve, 5000))
  }
}

test('views move an article into 热门: on /hot and in the module, ranked by views', async () => {
  const [leader, runnerUp] = await oldestPublished(2)
  if (!leader || !runnerUp) throw new Error('the demo content has no published articles')

  const before = await (await fetch(`${server.baseUrl}/hot`)).text()
  expect(before).not.toContain(leader.title)

  // Three readers read the leader, one of them twice (not counted again), and a bot (not counted).
  const returning = nextClient
  expect(await readArticle(leader.slug)).toBe(true)
  expect(await readArticle(leader.slug)).toBe(true)
  expect(await readArticle(leader.slug)).toBe(true)
  expect(await readArticle(leader.slug, { client: returning })).toBe(false)
  expect(await readArticle(runnerUp.slug)).toBe(true)
  expect(
    await readArticle(leader.slug, {
      userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    }),
  ).toBe(false)

  const context = await readerContext()
  const page = await context.newPage()
  const list = page.locator('main ol li')
  await eventually(async () => {
    await page.goto(`${server.baseUrl}/hot`)
    return (await list.count()) >= 2
  })
  await page.getByRole('heading', { level: 1, name: '热门' }).waitFor()
  expect(await list.nth(0).innerText()).toContain(leader.title)
  expect(await list.nth(0).innerText()).toContain('3 次阅读')
  expect(await list.nth(1).innerText()).toContain(runnerUp.title)
  expect(await page.getByRole('link', { name: '24 小时' }).getAttribute('aria-current')).toBe(
    'page',
  )
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  // The 7-day tab lists them too.
  await page.getByRole('link', { name: '7 天' }).click()
  await page.waitForURL(/\/hot\/7d$/)
  // Its page was rendered before the views (at most a minute old, then renewed).
  await eventually(async () => {
    await page.goto(`${server.baseUrl}/hot/7d`)
    return (await list.count()) > 0 && (await list.nth(0).innerText()).includes(leader.title)
  })

  // The module beside the feed loads the same list after the page.
  // (/hot-items is renewed at most a minute after the views, as the lists are).
  const hotModule = page.getByTestId('hot-module')
  await eventually(async () => {
    await page.goto(`${server.baseUrl}/`)
    await hotModule.locator('[role="tabpanel"][aria-busy="false"]').waitFor()
    const items = hotModule.locator('li')
    return (await items.count()) > 0 && (await items.first().innerText()).includes(leader.title)
  })
  expect(await hotModule.locator('li').first().innerText()).toContain(leader.title)
  await hotModule.getByRole('tab', { name: '7 天' }).click()
  await hotModule.getByText(leader.title).waitFor()
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await context.close()
}, 300_000)

test('/hot works in every edition and at 375 px', async () => {
  for (const [path, heading] of [
    ['/hot', '热门'],
    ['/zh-tw/hot', '熱門'],
    ['/en/hot/7d', 'Most read'],
  ] as const) {
    const context = await readerContext(375)
    const page = await context.newPage()
    expect((await page.goto(`${server.baseUrl}${path}`))?.status()).toBe(200)
    await page.getByRole('heading', { level: 1, name: heading }).waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await context.close()
  }
})

test('GET /hot-items refuses a bad window with 400 and a message', async () => {
  const response = await fetch(`${server.baseUrl}/hot-items?window=1y`)
  expect(response.status).toBe(400)
  expect(((await response.json()) as { error: string }).error).toMatch(/24h or 7d/)
})
