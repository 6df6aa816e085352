/**
 * Public feed URLs map onto internal routes with dynamic segments (app/(frontend)/feed/...). Those
 * are rendered on first request and then served from Next's cache until a publish invalidates
 * them, so `next build` never needs a database, and `?cursor=` / `?page=` stay cacheable paths.
 * Used by next.config.ts (a relative import there: its transpiler does not resolve `@/`).
 */

/** The query parameters whose values the rewrites below put into a path. */
export const FEED_PATH_PARAMETERS = ['cursor', 'page'] as const

function feedRewritesFor(source: string, scope: string) {
  return [
    {
      source,
      has: [{ type: 'query' as const, key: 'cursor', value: '(?<cursor>.*)' }],
      destination: `/feed/${scope}/after/:cursor`,
    },
    {
      source,
      has: [{ type: 'query' as const, key: 'page', value: '(?<page>.*)' }],
      destination: `/feed/${scope}/page/:page`,
    },
    { source, destination: `/feed/${scope}` },
  ]
}

export const feedRewrites = () => [
  ...feedRewritesFor('/', 'all'),
  ...feedRewritesFor('/tag/:slug', ':slug'),
]

/** True for the paths the rewrites apply to: the home page and a tag's page. */
export const isFeedRewriteSource = (pathname: string): boolean =>
  pathname === '/' || /^\/tag\/[^/]+\/?$/.test(pathname)
