'use client'

import { useEffect } from 'react'

/** Where the beacon posts; the endpoint decides whether the view counts (recordView.ts). */
export const VIEW_BEACON_PATH = '/api/article-views/record'

/**
 * Counts a read of the article for 热门: one small POST after the page has loaded, so the page
 * stays the same cached HTML for everyone (no cookie, nothing personal in it). A prerendered page
 * (speculation rules, a browser's prerender) posts only once the reader actually sees it; link
 * prefetches never run scripts. Renders nothing.
 */
export function ViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => {
    let sent = false
    const send = () => {
      if (sent) return
      sent = true
      void fetch(VIEW_BEACON_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ article: articleId }),
        credentials: 'omit',
      })
        // Read to the end: Chromium leaves a response whose body no one reads unfinished, so the
        // page would never be network-idle (and DevTools clients waiting on it hang).
        .then((response) => response.text())
        .catch(() => {
          // A lost view is not the reader's problem.
        })
    }
    const whenShown = () => {
      if (document.readyState === 'complete') send()
      else window.addEventListener('load', send, { once: true })
    }
    const prerendering = (document as Document & { prerendering?: boolean }).prerendering
    if (prerendering) document.addEventListener('prerenderingchange', whenShown, { once: true })
    else whenShown()
    return () => {
      window.removeEventListener('load', send)
      document.removeEventListener('prerenderingchange', whenShown)
    }
  }, [articleId])
  return null
}
