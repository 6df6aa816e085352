import { clientAddressOf, type TSoakClient } from './client'
import { pickOne, randomBetween, sleepUntil, type SoakSchedule } from './schedule'

/** How long a visitor looks at a page before the next click, in milliseconds. */
export const VISITOR_THINK_MS = { min: 250, max: 750 } as const

/** The portal's pages that a page links to, sorted by what they are. */
export type TPageLinks = {
  articles: string[]
  /** Tab feeds: /tag/<slug>. */
  tags: string[]
  /** Further pages of a feed: ?cursor= (加载更多) and ?page= (上一页/下一页). */
  feedPages: string[]
}

const decodeEntities = (href: string) => href.replaceAll('&amp;', '&')

/** The links of a page's HTML that lead to other portal pages a visitor reads. */
export function linksOf(html: string): TPageLinks {
  const links: TPageLinks = { articles: [], tags: [], feedPages: [] }
  const seen = new Set<string>()
  for (const match of html.matchAll(/href="(\/[^"#]*)"/g)) {
    const href = decodeEntities(match[1]!)
    if (seen.has(href)) continue
    seen.add(href)
    if (/^\/articles\/[^/?]+$/.test(href)) links.articles.push(href)
    else if (/^(\/|\/tag\/[^/?]+)\?(cursor|page)=[^&]+$/.test(href)) links.feedPages.push(href)
    else if (/^\/tag\/[^/?]+$/.test(href)) links.tags.push(href)
  }
  return links
}

/** The JSON 加载更多 asks for with JavaScript on, for a feed page's ?cursor= link. */
export function feedItemsPathOf(feedPage: string): string | undefined {
  const match = /^(?:\/tag\/([^/?]+))?\/?\?cursor=([^&]+)$/.exec(feedPage)
  if (!match) return undefined
  return `/feed-items?${new URLSearchParams({ scope: match[1] ?? 'all', cursor: decodeURIComponent(match[2]!) })}`
}

/**
 * The next page a visitor opens from this one: mostly an article or a further feed page, some
 * times a tab, and now and then the front page again.
 */
function nextPage(links: TPageLinks): string {
  const roll = Math.random()
  const choice =
    roll < 0.45
      ? pickOne(links.articles)
      : roll < 0.7
        ? pickOne(links.feedPages)
        : roll < 0.9
          ? pickOne(links.tags)
          : '/'
  return choice ?? '/'
}

/**
 * One visitor reading until the load's time is up, as a browser would: a page, then what that
 * page fetches (the 我的自选 panel; 加载更多's JSON when it follows a cursor), then a link of it.
 */
export async function runVisitor(
  index: number,
  context: { call: TSoakClient; schedule: SoakSchedule },
): Promise<void> {
  const { call, schedule } = context
  const clientAddress = clientAddressOf('visitor', index)
  let page = pickOne(['/', '/', '/tag/defi', '/?page=2'])!
  while (!schedule.isOver()) {
    const answer = await call({ kind: 'page', path: page, clientAddress })
    const links =
      answer.status === 200 ? linksOf(answer.text) : { articles: [], tags: [], feedPages: [] }
    if (schedule.isOver()) return
    await call({ kind: 'visitor api', path: '/api/watchlists/panel', clientAddress })
    const cursorPage = links.feedPages.find((href) => href.includes('cursor='))
    const feedItems = cursorPage && Math.random() < 0.3 ? feedItemsPathOf(cursorPage) : undefined
    if (feedItems && !schedule.isOver())
      await call({ kind: 'visitor api', path: feedItems, clientAddress })
    page = nextPage(links)
    await sleepUntil(performance.now() + randomBetween(VISITOR_THINK_MS.min, VISITOR_THINK_MS.max))
  }
}
