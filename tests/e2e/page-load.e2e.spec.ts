/**
 * What a reader's browser reports while the feed and an article page load, on a phone and on a
 * desktop: no other page fetched in advance (no link prefetches: a phone's connection is for this
 * page), no stylesheet preloaded for nothing (Chromium's console warning, and its cause in the
 * DOM), no layout shift on the article page while its coin prices arrive or while it is read to
 * the end, no ICU date or number formatter built while they hydrate (the first one loads ICU's
 * data: a long task), and no words in its inline payload that no client part of the page shows.
 */
import type { Page } from 'playwright-core'

import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'
import { messagesFor } from '@/lib/i18n/messages'

const session = startServerAndBrowserForFile()

/** The longest demo article: cover, coins with prices, a table, 更多新闻 (as in npm run audit). */
const articlePath = `/articles/${demoArticleSlug({ key: 'p2-blob-fee-l2-cost-review' })}`
const VIEWPORTS = {
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true },
  desktop: { viewport: { width: 1350, height: 940 } },
}
const UNUSED_PRELOAD = /preloaded using link preload but not used/
/** Chromium reports an unused preload a few seconds after the load event. */
const PRELOAD_WARNING_DELAY_MS = 4000

async function openAndWatch(path: string, device: keyof typeof VIEWPORTS) {
  const context = await session.browser.newContext({ locale: 'zh-CN', ...VIEWPORTS[device] })
  const page = await context.newPage()
  const warnings: string[] = []
  const pageFetches: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch' && new URL(request.url()).searchParams.has('_rsc'))
      pageFetches.push(request.url())
  })
  page.on('console', (message) => {
    if (UNUSED_PRELOAD.test(message.text())) warnings.push(message.text())
  })
  await page.addInitScript(() => {
    // Every ICU formatter the page's scripts build: a date formatter for a time zone, or a
    // number formatter. A page's first one loads ICU's data in the middle of hydration.
    const icuFormatters: string[] = []
    Object.assign(window, { icuFormatters })
    const { DateTimeFormat, NumberFormat } = Intl
    const dates = function (this: unknown, ...args: ConstructorParameters<typeof DateTimeFormat>) {
      if (args[1]?.timeZone) icuFormatters.push(`DateTimeFormat ${new Error().stack ?? ''}`)
      return new DateTimeFormat(...args)
    } as unknown as typeof DateTimeFormat
    const numbers = function (this: unknown, ...args: ConstructorParameters<typeof NumberFormat>) {
      icuFormatters.push(`NumberFormat ${new Error().stack ?? ''}`)
      return new NumberFormat(...args)
    } as unknown as typeof NumberFormat
    Object.assign(dates, { supportedLocalesOf: DateTimeFormat.supportedLocalesOf })
    Object.assign(numbers, { supportedLocalesOf: NumberFormat.supportedLocalesOf })
    Object.assign(Intl, { DateTimeFormat: dates, NumberFormat: numbers })
    // Each shift with what moved, from where to where: a failure says which element to fix.
    const shifts: string[] = []
    Object.assign(window, { layoutShifts: shifts })
    type TShiftSource = {
      node?: Node | null
      previousRect: DOMRectReadOnly
      currentRect: DOMRectReadOnly
    }
    type TShift = PerformanceEntry & {
      value: number
      hadRecentInput: boolean
      sources?: TShiftSource[]
    }
    const box = (rect: DOMRectReadOnly) => `${rect.x},${rect.y} ${rect.width}×${rect.height}`
    const describe = (source: TShiftSource) =>
      `${source.node?.nodeName ?? '?'}.${(source.node as Element | null)?.className ?? ''} ` +
      `"${(source.node?.textContent ?? '').slice(0, 30)}" ${box(source.previousRect)} → ${box(source.currentRect)}`
    new PerformanceObserver((list) => {
      // As Cumulative Layout Shift counts them: not what a click or a key press just caused.
      for (const entry of list.getEntries() as TShift[])
        if (!entry.hadRecentInput)
          shifts.push(`${entry.value}: ${(entry.sources ?? []).map(describe).join('; ')}`)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(`${session.server.baseUrl}${path}`, { waitUntil: 'load' })
  // Whatever the page fetches after hydration (a prefetch's answer may preload stylesheets).
  await page.waitForLoadState('networkidle')
  return { page, warnings, pageFetches, close: () => context.close() }
}

/** Style preloads with no stylesheet of the same address: what the console warning is about. */
const unusedStylePreloads = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"]')]
      .map((link) => link.href)
      .filter(
        (href) =>
          ![...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some(
            (sheet) => sheet.href === href,
          ),
      ),
  )

describe.each(Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>)('on a %s', (device) => {
  test.each([
    ['the feed', '/'],
    ['an article page', articlePath],
  ])('%s preloads no stylesheet it does not use', async (_name, path) => {
    const { page, warnings, close } = await openAndWatch(path, device)
    expect(await unusedStylePreloads(page)).toEqual([])
    await page.waitForTimeout(PRELOAD_WARNING_DELAY_MS)
    expect(warnings).toEqual([])
    await close()
  })

  test.each([
    ['the feed', '/'],
    ['an article page', articlePath],
  ])('%s fetches no other page in advance', async (_name, path) => {
    const { page, pageFetches, close } = await openAndWatch(path, device)
    await page.getByRole('link', { name: '我的自选' }).first().waitFor()
    expect(pageFetches).toEqual([])
    await close()
  })

  test.each([
    ['the feed', '/'],
    ['an article page', articlePath],
  ])('%s builds no ICU date or number formatter while it loads', async (_name, path) => {
    const { page, close } = await openAndWatch(path, device)
    // Its cards' times, the 我的自选 panel's hover times and the coins' prices are written without.
    await page.getByRole('link', { name: '我的自选' }).first().waitFor()
    await page.getByText(/\$\d/).first().waitFor({ state: 'attached' })
    await page.getByRole('article').last().locator('time').first().waitFor()
    const built = await page.evaluate(
      () => (window as unknown as { icuFormatters: string[] }).icuFormatters,
    )
    expect(built).toEqual([])
    await close()
  })

  test('the article page does not shift while its coin prices arrive', async () => {
    const { page, close } = await openAndWatch(articlePath, device)
    const chips = page.getByRole('list', { name: '相关币种' })
    await chips.getByText('$').first().waitFor()
    const shifts = await page.evaluate(
      () => (window as unknown as { layoutShifts: string[] }).layoutShifts,
    )
    expect(shifts).toEqual([])
    await close()
  })

  test('reading the article to the end of its 更多新闻 moves nothing on screen', async () => {
    const { page, close } = await openAndWatch(articlePath, device)
    await page.getByRole('button', { name: '展开阅读全文' }).click()
    // Down the page a little at a time, as a reader scrolls, letting each step be drawn.
    const step = VIEWPORTS[device].viewport.height / 2
    for (let top = 0; top < (await page.evaluate(() => document.body.scrollHeight)); top += step) {
      await page.evaluate((y) => window.scrollTo(0, y), top)
      await page.evaluate(
        () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
      )
    }
    await page.getByRole('region', { name: '更多新闻' }).getByRole('article').last().waitFor()
    const shifts = await page.evaluate(
      () => (window as unknown as { layoutShifts: string[] }).layoutShifts,
    )
    expect(shifts).toEqual([])
    await close()
  })
})

test('the article page carries only the account words its header shows', async () => {
  const html = await (await fetch(`${session.server.baseUrl}${articlePath}`)).text()
  const account = messagesFor('zh-CN').account
  expect(html).toContain(account.register)
  // The account forms' and mails' words stay on the server (lib/i18n: the account namespace).
  expect(html).not.toContain(account.resetMailSubject)
  expect(html).not.toContain(account.registerLead)
})
