import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

import { CHROMIUM_FLAGS, chromiumPath } from '@/scripts/lib/chromium'

export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots')

/** Debian's chromium (apt-get install -y chromium); browsers are never downloaded. */
export async function launchChromium(): Promise<Browser> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  })
}
