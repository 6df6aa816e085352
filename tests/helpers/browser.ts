import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'

import { CHROMIUM_FLAGS, chromiumPath } from '@/scripts/lib/chromium'

export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots')

/** Console lines in which Chromium reports something the Content-Security-Policy blocked. */
const CSP_VIOLATION = /Content[- ]Security[- ]Policy/i

const violations: string[] = []

/**
 * The CSP violations reported in any page of any browser launched here since the last call,
 * forgotten as they are returned. tests/helpers/failOnCspViolations.ts fails the test that caused
 * them, so the portal and the admin are known to work under the policy.
 */
export function takeCspViolations(): string[] {
  return violations.splice(0)
}

function watchForCspViolations(context: BrowserContext): BrowserContext {
  context.on('console', (message) => {
    if (CSP_VIOLATION.test(message.text())) {
      violations.push(`${message.page()?.url() ?? '(no page)'}: ${message.text()}`)
    }
  })
  return context
}

/** Debian's chromium (apt-get install -y chromium); browsers are never downloaded. */
export async function launchChromium(): Promise<Browser> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  })
  // Every page, through browser.newPage() or a context of its own, is made by newContext.
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (options) => watchForCspViolations(await newContext(options))
  return browser
}
