/**
 * 收藏 on the feed's cards, on the production build: a reader bookmarks and unbookmarks from a card
 * (and from a 加载更多 card), the state holds after a reload, on the article page and in 我的收藏; a
 * visitor is sent to log in and back; and the cached feed HTML stays the same for everyone. Each
 * test has a browser context and an account of its own.
 */
import path from 'node:path'
import type { BrowserContextOptions, Locator, Page } from 'playwright-core'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { SCREENSHOT_DIR } from '@/tests/helpers/browser'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'
import { registerReader, signedInReaderContext } from '@/tests/helpers/readerAccount'
import { loginCookieFor } from '@/tests/helpers/restClient'

const session = startServerAndBrowserForFile()

const CONTEXT_OPTIONS: BrowserContextOptions = {
  locale: 'zh-CN',
  viewport: { width: 1280, height: 900 },
}

/** Counts the page's requests for card states (the feed should make one per page of cards). */
function countStateRequests(page: Page): () => number {
  let count = 0
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/bookmarks/states') count++
  })
  return () => count
}

/** The n-th card of the feed (0-based): its title, link and 收藏 button, once its state is known. */
async function card(page: Page, index: number) {
  const article = page.locator('main article').nth(index)
  const link = article.getByRole('heading').getByRole('link')
  const title = (await link.textContent()) ?? ''
  // The accessible name names the article: 收藏《标题》, or 已收藏《标题》 once pressed.
  const button = article.getByRole('button', { name: `收藏《${title}》` })
  await article.locator('button[aria-disabled="false"]').waitFor()
  return { title, href: (await link.getAttribute('href')) ?? '', button }
}

const pressed = (button: Locator) => button.getAttribute('aria-pressed')

/**
 * What moved in the feed column since the page loaded, not caused by input: CLS's raw entries,
 * each named by the shifted element. (The header's account link widens for a signed-in reader,
 * which is not the cards' doing.)
 */
const feedLayoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type TShift = { hadRecentInput: boolean; sources: { node?: Node | null }[] }
        new PerformanceObserver((list) => {
          const shifts = list.getEntries() as unknown as TShift[]
          const moved = shifts
            .filter((shift) => !shift.hadRecentInput)
            .flatMap((shift) => shift.sources.map((source) => source.node))
            .map((node) => (node instanceof Element ? node : (node?.parentElement ?? null)))
            .filter((node): node is Element => !!node?.closest('main'))
          resolve(moved.map((node) => `${node.nodeName}.${node.className}`))
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve([]), 500)
      }),
  )

test('a reader bookmarks from a card, sees it after a reload, on the article and in 我的收藏, and unbookmarks', async () => {
  const { context } = await signedInReaderContext(
    session.browser,
    session.server.baseUrl,
    CONTEXT_OPTIONS,
  )
  const page = await context.newPage()
  const stateRequests = countStateRequests(page)
  await page.goto(`${session.server.baseUrl}/`)
  const first = await card(page, 2)
  expect(stateRequests()).toBe(1)
  expect(await pressed(first.button)).toBe('false')
  await first.button.click()
  await page.locator('main article').nth(2).locator('button[aria-pressed="true"]').waitFor()
  await page.getByText(`已收藏《${first.title}》。`).waitFor({ state: 'attached' })

  await page.reload()
  const again = await card(page, 2)
  expect(await pressed(again.button)).toBe('true')
  // The state arrives after the first paint without moving anything.
  expect(await feedLayoutShifts(page)).toEqual([])
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'feed-card-bookmarked-1280.png') })
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  await page.goto(`${session.server.baseUrl}${first.href}`)
  await page.locator('main button[aria-pressed="true"]').first().waitFor()
  await page.goto(`${session.server.baseUrl}/account`)
  const bookmarks = page.getByRole('region', { name: '我的收藏' })
  await bookmarks.getByRole('link', { name: first.title }).waitFor()

  await page.goto(`${session.server.baseUrl}/`)
  const back = await card(page, 2)
  expect(await pressed(back.button)).toBe('true')
  await back.button.click()
  await page.getByText(`已取消收藏《${first.title}》。`).waitFor({ state: 'attached' })
  await page.reload()
  expect(await pressed((await card(page, 2)).button)).toBe('false')
  await context.close()
})

test('cards added by 加载更多 get 收藏 and their state, in one more request', async () => {
  const { context } = await signedInReaderContext(
    session.browser,
    session.server.baseUrl,
    CONTEXT_OPTIONS,
  )
  const page = await context.newPage()
  await page.goto(`${session.server.baseUrl}/`)
  await card(page, 0)
  const stateRequests = countStateRequests(page)
  await page.getByRole('link', { name: '加载更多' }).click()
  const loaded = await card(page, 20)
  expect(stateRequests()).toBe(1)
  await loaded.button.click()
  await page.locator('main article').nth(20).locator('button[aria-pressed="true"]').waitFor()

  await page.reload()
  await page.getByRole('link', { name: '加载更多' }).click()
  expect(await pressed((await card(page, 20)).button)).toBe('true')
  // Keyboard: the button is reached with Tab and pressed with Enter.
  await (await card(page, 20)).button.focus()
  await page.keyboard.press('Enter')
  await page.locator('main article').nth(20).locator('button[aria-pressed="false"]').waitFor()
  await context.close()
})

test('a visitor clicking a card’s 收藏 is sent to log in and comes back to the feed', async () => {
  const account = await registerReader(session.server.baseUrl)
  const context = await session.browser.newContext(CONTEXT_OPTIONS)
  const page = await context.newPage()
  const stateRequests = countStateRequests(page)
  await page.goto(`${session.server.baseUrl}/tag/defi`)
  const first = await card(page, 0)
  // Nobody is signed in: the page learned that once, without asking for card states.
  expect(stateRequests()).toBe(0)
  await first.button.click()
  await page.waitForURL(/\/login\?next=/)
  expect(new URL(page.url()).searchParams.get('next')).toBe('/tag/defi')
  await page.getByLabel('邮箱').fill(account.email)
  await page.getByLabel('密码', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL(`${session.server.baseUrl}/tag/defi`)
  await card(page, 0)
  expect(stateRequests()).toBe(1)
  await context.close()
})

test('the cached feed HTML holds no reader’s state: the same before and after a bookmark', async () => {
  const feed = async (cookie?: string) => {
    const response = await fetch(`${session.server.baseUrl}/`, {
      headers: cookie ? { cookie } : {},
    })
    expect(response.status).toBe(200)
    return response.text()
  }
  const before = await feed()
  const { context, account } = await signedInReaderContext(session.browser, session.server.baseUrl)
  const page = await context.newPage()
  await page.goto(`${session.server.baseUrl}/`)
  const first = await card(page, 0)
  await first.button.click()
  await page.locator('main article button[aria-pressed="true"]').first().waitFor()
  await context.close()

  const after = await feed()
  const asTheReader = await feed(await loginCookieFor(session.server.baseUrl, account))
  // The markup, without the scripts: the client lists' props carry the catalog's 已收藏 (the
  // pressed button's label, the same text for every reader), which is no reader's state.
  const markupOf = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  for (const html of [after, asTheReader]) {
    expect(html).not.toContain('aria-pressed="true"')
    expect(markupOf(html)).not.toContain('已收藏')
    // Every card's 收藏 is drawn unpressed, waiting for the browser to ask.
    expect(html.match(/aria-pressed="false"/g)).toHaveLength(20)
  }
  expect(after).toBe(before)
})
