import type { Browser } from 'playwright-core'

import { launchChromium } from './browser'
import { startProductionServer, type TProductionServer } from './productionServer'

export type TServerAndBrowser = { server: TProductionServer; browser: Browser }

/**
 * A production server on a fresh seeded database and Chromium, started before the file's tests
 * and stopped after them. Read the returned object inside tests (it is filled in `beforeAll`).
 */
export function startServerAndBrowserForFile(): TServerAndBrowser {
  const session = {} as TServerAndBrowser
  beforeAll(async () => {
    session.server = await startProductionServer()
    session.browser = await launchChromium()
  })
  afterAll(async () => {
    await session.browser?.close()
    await session.server?.stop()
  })
  return session
}
