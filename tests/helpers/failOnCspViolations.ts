import { takeCspViolations } from './browser'

/**
 * Every e2e test fails when a page it opened reported a Content-Security-Policy violation (a
 * blocked script, style, image or connection): the site must work under its own policy.
 */
afterEach(() => {
  const violations = takeCspViolations()
  if (violations.length > 0) {
    throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`)
  }
})
