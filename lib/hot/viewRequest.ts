/**
 * Which page loads are not readers reading: prefetches and prerenders (the reader may never look
 * at the page) and known bots (crawlers, link previews, monitors, headless fetchers). The beacon
 * itself waits until a prerendered page is shown (ViewBeacon.client.tsx); these headers catch
 * what reaches the endpoint anyway.
 */

type THeaders = { get(name: string): string | null }

export type TNotAView = 'prefetch' | 'bot'

/**
 * Tokens of User-Agents that announce an automated client. Broad on purpose: a missed bot adds
 * views, a real browser never carries these words. Playwright's and Chromium's own agents do not
 * (they say HeadlessChrome only when headless mode says so, which is covered).
 */
const BOT_USER_AGENT =
  /^node$|bot\b|bot[/;-]|crawl|spider|slurp|scrap|archiver|facebookexternalhit|embedly|preview|headlesschrome|phantomjs|lighthouse|pingdom|uptime|monitor|curl\/|wget\/|python-|httpx|aiohttp|go-http-client|java\/|okhttp|libwww|node-fetch|undici|axios\/|postman|insomnia|feedfetcher|mediapartners|bingpreview|yandex|baiduspider|sogou|bytespider|petalbot|semrush|ahrefs|mj12|dotbot|applebot|duckduckbot|gptbot|chatgpt|claudebot|anthropic|perplexity|ccbot/i

/** `Sec-Purpose: prefetch` (and `prefetch;prerender`), and the older `Purpose` / `X-Moz` forms. */
const PREFETCH = /prefetch|prerender/i

export function notAViewReason(headers: THeaders): TNotAView | null {
  for (const name of ['sec-purpose', 'purpose', 'x-purpose', 'x-moz']) {
    const value = headers.get(name)
    if (value && PREFETCH.test(value)) return 'prefetch'
  }
  const agent = headers.get('user-agent')?.trim() ?? ''
  // A browser always says who it is; an empty agent is a script.
  if (agent === '' || BOT_USER_AGENT.test(agent)) return 'bot'
  return null
}
