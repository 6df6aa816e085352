/** Names and links every page's metadata shares, so feeds, pages and JSON-LD agree. */
export const SITE_NAME = 'Newsroom'
export const OG_LOCALE = 'zh_CN'
export const LOGO_PATH = '/logo.png'

/**
 * `<link rel="alternate" type="application/rss+xml">` targets: the site feed, plus a tag's own
 * feed on its pages. Next replaces (not merges) `alternates` per page, so pages pass the canonical too.
 */
export function rssAlternates(tag?: { name: string; slug: string }) {
  return {
    'application/rss+xml': [
      { url: '/rss.xml', title: `${SITE_NAME} · 全部` },
      ...(tag ? [{ url: `/tag/${tag.slug}/rss.xml`, title: `${SITE_NAME} · ${tag.name}` }] : []),
    ],
  }
}
