/**
 * The category tab strip on a phone (375 px), on the production build: its edges fade only while
 * there is more to scroll that way, by touch-like scrolling and by keyboard, through scroll-driven
 * CSS and, where a browser lacks it, through ScrollFadeList's marks.
 */
import path from 'node:path'
import type { Page } from 'playwright-core'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { SCREENSHOT_DIR } from '@/tests/helpers/browser'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'

const session = startServerAndBrowserForFile()

const STRIP = 'nav[aria-label="分类"] ul'

async function phonePage(): Promise<Page> {
  const context = await session.browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 375, height: 800 },
  })
  const page = await context.newPage()
  await page.goto(`${session.server.baseUrl}/`)
  return page
}

/** The fades' widths as the strip's mask draws them, once they settle on `expected`. */
async function expectFades(page: Page, expected: { start: string; end: string }) {
  await page
    .waitForFunction(
      ({ selector, start, end }) => {
        const style = getComputedStyle(document.querySelector(selector)!)
        return (
          style.getPropertyValue('--tabs-fade-start') === start &&
          style.getPropertyValue('--tabs-fade-end') === end
        )
      },
      { selector: STRIP, ...expected },
      { timeout: 3000 },
    )
    .catch(() => undefined)
  const fades = await page.$eval(STRIP, (strip) => {
    const style = getComputedStyle(strip)
    return {
      start: style.getPropertyValue('--tabs-fade-start'),
      end: style.getPropertyValue('--tabs-fade-end'),
    }
  })
  expect(fades).toEqual(expected)
}

const scrollStrip = (page: Page, left: number | 'end') =>
  page.$eval(
    STRIP,
    (strip, to) => strip.scrollTo({ left: to === 'end' ? strip.scrollWidth : to }),
    left,
  )

async function expectFadesFollowScrolling(page: Page) {
  const mask = await page.$eval(STRIP, (strip) => getComputedStyle(strip).maskImage)
  expect(mask).toContain('linear-gradient')
  await expectFades(page, { start: '0px', end: '32px' })
  await scrollStrip(page, 120)
  await expectFades(page, { start: '32px', end: '32px' })
  await scrollStrip(page, 'end')
  await expectFades(page, { start: '32px', end: '0px' })
  await scrollStrip(page, 0)
  await expectFades(page, { start: '0px', end: '32px' })
}

test('at 375 px the end fades while there is more, the start after scrolling, neither at the ends', async () => {
  const page = await phonePage()
  await expectFadesFollowScrolling(page)
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, 'category-tabs-375.png'),
    clip: { x: 0, y: 0, width: 375, height: 200 },
  })
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await page.context().close()
})

test('tabbing through the tabs with the keyboard scrolls the strip and the fades follow', async () => {
  const page = await phonePage()
  await page.locator(`${STRIP} a`).first().focus()
  const tabs = await page.locator(`${STRIP} a`).count()
  for (let i = 1; i < tabs; i++) await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('nav')?.ariaLabel)).toBe('分类')
  await expectFades(page, { start: '32px', end: '0px' })
  await page.keyboard.press('Shift+Tab')
  for (let i = 2; i < tabs; i++) await page.keyboard.press('Shift+Tab')
  // Back on 全部: Chromium may stop a few pixels short of the very start, and the start fade is
  // then exactly as wide as what is left to scroll.
  const scrolled = await page.$eval(STRIP, (strip) => Math.round(strip.scrollLeft))
  expect(scrolled).toBeLessThan(32)
  await expectFades(page, { start: `${scrolled}px`, end: '32px' })
  await page.context().close()
})

test('a strip with nothing to scroll has no fade', async () => {
  // Fourteen tabs overflow the desktop column too; as wide as its tabs, the strip cannot scroll.
  const page = await phonePage()
  await page.$eval(STRIP, (strip) => strip.style.setProperty('width', 'max-content'))
  await expectFades(page, { start: '0px', end: '0px' })
  await page.context().close()
})

test('without scroll-driven animations, ScrollFadeList draws the same fades', async () => {
  const context = await session.browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 375, height: 800 },
  })
  await context.addInitScript(() => {
    const supports = CSS.supports.bind(CSS)
    CSS.supports = (...args: [string, string?]) =>
      args.join(' ').includes('animation-timeline') ? false : supports(...(args as [string]))
  })
  const page = await context.newPage()
  await page.goto(`${session.server.baseUrl}/`)
  // What a browser without them does: the CSS animation never runs.
  await page.$eval(STRIP, (strip) => strip.style.setProperty('animation', 'none', 'important'))
  await expectFadesFollowScrolling(page)
  await context.close()
})
