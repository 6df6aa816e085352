import {
  DEFAULT_LOCALE,
  LOCALES,
  editionSegment,
  localePrefix,
  splitLocalePath,
  type TLocale,
} from './i18n/locales'

/**
 * How public URLs reach the portal's routes, all under app/(frontend)/[edition]. Used by
 * next.config.ts (relative imports here and in what this imports: its transpiler does not resolve
 * `@/`).
 *
 * - zh-CN keeps its unprefixed URLs: every path outside OUTSIDE_EDITIONS is rewritten into the
 *   `zh-cn` segment, and `/zh-cn/…` itself redirects to the unprefixed URL (one address per page).
 * - `/zh-tw/…` and `/en/…` are their segments already.
 * - Feed URLs (`/`, `/tag/<slug>`, `/flash`, each edition's too) map onto the feed routes, with
 *   `?cursor=` / `?page=` / `?filter=` put into the path: those pages are rendered on first request and then served from
 *   Next's cache until a publish invalidates them, so `next build` never needs a database.
 */

/**
 * First path segments that are not portal pages: Payload (api, admin), the routes beside the
 * editions in app/(frontend) (the same for every edition: JSON, sitemaps, robots, preview), and
 * files in public/ and app/. tests/unit/edition-rewrites.test.ts fails when app/(frontend) or
 * public/ gains an entry this list lacks.
 */
export const OUTSIDE_EDITIONS = [
  'api',
  'admin',
  'feed-items',
  'flash-items',
  'hot-items',
  'news-sitemap.xml',
  'preview',
  'robots.txt',
  'sitemap.xml',
  'sitemaps',
  'favicon.ico',
  'logo.png',
] as const

/** The query parameters whose values the rewrites below put into a path. */
export const FEED_PATH_PARAMETERS = ['cursor', 'page', 'filter'] as const

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Paths the zh-CN rewrite leaves alone: those above, every edition's own segment, and anything
 * starting with `_` (Next's `/_next` files and its development endpoints).
 */
const NOT_ZH_CN_PAGE = `(?!_|(?:${[...OUTSIDE_EDITIONS, ...LOCALES.map(editionSegment)]
  .map(escapeRegExp)
  .join('|')})(?:/|$))`

function feedRewritesFor(source: string, target: string) {
  return [
    {
      source,
      has: [{ type: 'query' as const, key: 'cursor', value: '(?<cursor>.*)' }],
      destination: `${target}/after/:cursor`,
    },
    {
      source,
      has: [{ type: 'query' as const, key: 'page', value: '(?<page>.*)' }],
      destination: `${target}/page/:page`,
    },
    { source, destination: target },
  ]
}

/**
 * `/flash` (快讯) with `?filter=` (重要 or a category) and `?cursor=` onto its timeline routes; the
 * permalinks `/flash/<id>` are ordinary pages of the edition.
 */
function flashRewritesFor(source: string, target: string) {
  const filter = { type: 'query' as const, key: 'filter', value: '(?<filter>.*)' }
  const cursor = { type: 'query' as const, key: 'cursor', value: '(?<cursor>.*)' }
  return [
    { source, has: [filter, cursor], destination: `${target}/:filter/after/:cursor` },
    { source, has: [cursor], destination: `${target}/all/after/:cursor` },
    { source, has: [filter], destination: `${target}/:filter` },
    { source, destination: `${target}/all` },
  ]
}

/**
 * A coin page's later pages (`/coins/<id>?cursor=`, 更多新闻) and those of its 快讯 page
 * (`/coins/<id>/flash?cursor=`) onto their routes; the first pages are ordinary pages of the
 * edition (zh-CN's through the catch-all rewrite below).
 */
function coinRewritesFor(source: string, target: string) {
  const cursor = { type: 'query' as const, key: 'cursor', value: '(?<cursor>.*)' }
  return [
    { source, has: [cursor], destination: `${target}/after/:cursor` },
    { source: `${source}/flash`, has: [cursor], destination: `${target}/flash/after/:cursor` },
  ]
}

function editionFeedRewrites(locale: TLocale) {
  const prefix = localePrefix(locale)
  const feeds = `/${editionSegment(locale)}/feed`
  return [
    ...feedRewritesFor(prefix || '/', `${feeds}/all`),
    ...feedRewritesFor(`${prefix}/tag/:slug`, `${feeds}/:slug`),
    ...flashRewritesFor(`${prefix}/flash`, `/${editionSegment(locale)}/flash-feed`),
    ...coinRewritesFor(`${prefix}/coins/:id`, `/${editionSegment(locale)}/coins/:id`),
  ]
}

/** next.config.ts's `rewrites().beforeFiles`: feeds first, then zh-CN's other pages. */
export const editionRewrites = () => [
  ...LOCALES.flatMap(editionFeedRewrites),
  {
    source: `/:path(${NOT_ZH_CN_PAGE}.+)`,
    destination: `/${editionSegment(DEFAULT_LOCALE)}/:path`,
  },
]

/** next.config.ts's `redirects()`: the internal spelling of zh-CN's URLs leads to the real ones. */
export const editionRedirects = () => {
  const internal = `/${editionSegment(DEFAULT_LOCALE)}`
  return [
    { source: internal, destination: '/', permanent: true },
    { source: `${internal}/:path*`, destination: '/:path*', permanent: true },
  ]
}

/**
 * True for the paths the feed rewrites apply to: an edition's home, tag, 快讯 and coin pages, and
 * a coin's 快讯 page.
 */
export function isFeedRewriteSource(pathname: string): boolean {
  const { path } = splitLocalePath(pathname)
  return (
    path === '/' ||
    path === '/flash' ||
    /^\/(?:tag|coins)\/[^/]+\/?$/.test(path) ||
    /^\/coins\/[^/]+\/flash\/?$/.test(path)
  )
}
