/**
 * Debian's chromium as every tool here starts it (e2e tests, Lighthouse): never a downloaded
 * browser, and nothing reaches the network except the page under test. This machine's closed
 * network refuses Chromium's background connections, so those are switched off.
 */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
