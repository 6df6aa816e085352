/**
 * Every route of the portal, as templates. A `{name}` in a path is filled by requests.ts: with a
 * real value of the seeded site (`{articleId}`, `{slug}`, `{tag}`, `{file}`) some of the time, so
 * requests get past "not found" into the code behind, and with a bad one otherwise. `{segment}`
 * is always bad.
 */

export type TMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS'

export type TRouteKind = 'page' | 'form' | 'rest' | 'custom' | 'graphql'

export type TRoute = {
  path: string
  kind: TRouteKind
  /** What the route answers on purpose; any other method is a wrong one. */
  methods: readonly TMethod[]
  /** Body fields a real request would send: where bad values go. */
  fields?: readonly string[]
  /** Query parameters the route reads. */
  params?: readonly string[]
  /**
   * Half of the requests carry the fuzzing reader's login cookie, to reach the code behind the
   * login check. Only where nothing a reader may do with bad input could change the database.
   */
  asReader?: boolean
  /** How many turns the route gets in the rotation (default 1): the forms and GraphQL get more. */
  weight?: number
}

const READ: readonly TMethod[] = ['GET', 'HEAD']
const LIST_PARAMS = ['where', 'limit', 'page', 'depth', 'sort', 'select', 'populate', 'draft']

const pages: TRoute[] = [
  { path: '/', params: ['cursor', 'page', 'scope'] },
  { path: '/tag/{tag}', params: ['cursor', 'page'] },
  { path: '/articles/{slug}' },
  { path: '/feed/{segment}' },
  { path: '/feed/{tag}/page/{segment}' },
  { path: '/feed/{tag}/after/{segment}' },
  { path: '/account', asReader: true },
  { path: '/watchlist', asReader: true },
  { path: '/preview', params: ['slug'] },
  { path: '/preview/exit' },
  { path: '/rss.xml' },
  { path: '/tag/{tag}/rss.xml' },
  { path: '/sitemap.xml' },
  { path: '/sitemaps/articles/{segment}' },
  { path: '/sitemaps/pages.xml' },
  { path: '/news-sitemap.xml' },
  { path: '/robots.txt' },
  { path: '/{segment}' },
  { path: '/{segment}/{segment}' },
  { path: '/admin' },
  { path: '/admin/login' },
  { path: '/admin/create-first-user' },
  { path: '/admin/{segment}' },
  { path: '/admin/collections/{segment}/{segment}' },
  { path: '/_next/image', params: ['url', 'w', 'q'] },
  { path: '/_next/static/{segment}' },
  { path: '/favicon.ico' },
  { path: '/feed-items', params: ['cursor', 'scope'] },
  { path: '/search', params: ['q', 'tab', 'cursor'] },
  { path: '/api/graphql-playground' },
].map((route) => ({ kind: 'page' as const, methods: READ, ...route }))

/**
 * The login, register and account pages: GET, and the forms' POST to a server action. The account
 * forms are posted anonymously: a reader's well-formed post would rightly change their name.
 */
const forms: TRoute[] = [
  { path: '/login', fields: ['email', 'password', 'next'], params: ['next'] },
  {
    path: '/register',
    fields: ['email', 'displayName', 'password', 'confirmPassword', 'next'],
    params: ['next'],
  },
  { path: '/account', fields: ['displayName', 'currentPassword', 'password', 'confirmPassword'] },
].map((route) => ({
  kind: 'form' as const,
  methods: ['GET', 'HEAD', 'POST'] as const,
  weight: 4,
  ...route,
}))

/** Payload's collections, ours and its own, with the fields a write would carry. */
const COLLECTIONS: Record<string, readonly string[]> = {
  articles: ['title', 'slug', 'summary', 'body', 'tags', 'cover', 'authors', '_status'],
  tags: ['name', 'slug'],
  coins: ['symbol', 'name', 'marketDataId'],
  media: ['alt', 'visibleToVisitors'],
  users: ['email', 'password', 'displayName', 'roles'],
  watchlists: ['owner', 'items'],
  bookmarks: ['user', 'article'],
  leases: ['name', 'holder', 'expiresAt'],
  webhooks: ['name', 'url', 'events', 'secret', 'active'],
  'webhook-deliveries': ['webhook', 'status', 'attempts'],
  'payload-preferences': ['key', 'value', 'user'],
  'payload-locked-documents': ['document', 'globalSlug', 'user'],
  'payload-jobs': ['input', 'taskSlug', 'queue'],
  'payload-kv': ['key', 'data'],
  'payload-migrations': ['name', 'batch'],
}

/** Bookmarks are the one collection a reader writes with bad input through Payload's routes. */
const READER_COLLECTIONS = new Set(['bookmarks'])

function collectionRoutes(slug: string, fields: readonly string[]): TRoute[] {
  const asReader = READER_COLLECTIONS.has(slug)
  const rest = (route: Omit<TRoute, 'kind'>): TRoute => ({ kind: 'rest', asReader, ...route })
  return [
    rest({
      path: `/api/${slug}`,
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      fields,
      params: LIST_PARAMS,
    }),
    rest({
      path: `/api/${slug}/{id}`,
      methods: ['GET', 'PATCH', 'DELETE'],
      fields,
      params: ['depth', 'draft', 'select'],
    }),
    rest({ path: `/api/${slug}/count`, methods: ['GET'], params: ['where'] }),
    rest({ path: `/api/${slug}/versions`, methods: ['GET'], params: LIST_PARAMS }),
    rest({ path: `/api/${slug}/versions/{id}`, methods: ['GET', 'POST'] }),
    rest({ path: `/api/${slug}/access/{id}`, methods: ['GET'] }),
    rest({ path: `/api/${slug}/{id}/duplicate`, methods: ['POST'], fields }),
  ]
}

const ACCOUNT_FIELDS = ['email', 'password', 'token', 'displayName']

/** The users collection's own operations (login, reset, …), always anonymous. */
const accountRoutes: TRoute[] = [
  'login',
  'logout',
  'refresh-token',
  'me',
  'forgot-password',
  'reset-password',
  'verify/{segment}',
  'unlock',
  'first-register',
  'init',
].map((operation) => ({
  path: `/api/users/${operation}`,
  kind: 'rest',
  methods: ['GET', 'POST'],
  fields: ACCOUNT_FIELDS,
}))

const otherRest: TRoute[] = [
  { path: '/api/access', kind: 'rest', methods: ['GET'] },
  { path: '/api/health', kind: 'custom', methods: ['GET'] },
  { path: '/api/{segment}', kind: 'rest', methods: ['GET'] },
  { path: '/api/{segment}/{segment}/{segment}', kind: 'rest', methods: ['GET'] },
  { path: '/api/payload-jobs/run', kind: 'rest', methods: ['GET'], params: ['queue', 'limit'] },
  {
    path: '/api/payload-preferences/{segment}',
    kind: 'rest',
    methods: ['GET', 'POST', 'DELETE'],
    fields: ['value'],
  },
  { path: '/api/media/file/{file}', kind: 'rest', methods: READ },
  { path: '/api/media/file/{segment}', kind: 'rest', methods: READ },
]

/** Our own endpoints (endpoints/), with the reader where they need a login. */
const custom: TRoute[] = (
  [
    { path: '/api/coins/quotes', methods: READ, params: ['ids'] },
    { path: '/api/search', methods: READ, params: ['q', 'tab', 'locale', 'cursor'] },
    { path: '/api/coins/search', methods: READ, params: ['q'], asReader: true },
    { path: '/api/coins/adopt', methods: ['POST'], fields: ['marketDataId'], asReader: true },
    { path: '/api/bookmarks/status', methods: READ, params: ['article'], asReader: true },
    { path: '/api/watchlists/panel', methods: READ, asReader: true },
    { path: '/api/watchlists/mine', methods: ['GET', 'PUT'], fields: ['items'], asReader: true },
    { path: '/api/webhook-deliveries/{id}/resend', methods: ['POST'], asReader: true },
  ] satisfies Omit<TRoute, 'kind'>[]
).map((route) => ({ kind: 'custom' as const, ...route }))

const graphql: TRoute[] = [
  {
    path: '/api/graphql',
    kind: 'graphql',
    methods: ['POST'],
    params: ['query'],
    asReader: true,
    weight: 4,
  },
]

export const ROUTES: readonly TRoute[] = [
  ...pages,
  ...forms,
  ...Object.entries(COLLECTIONS).flatMap(([slug, fields]) => collectionRoutes(slug, fields)),
  ...accountRoutes,
  ...otherRest,
  ...custom,
  ...graphql,
]

/** The order in which requests visit the routes: each route `weight` times per round. */
export const ROTATION: readonly TRoute[] = ROUTES.flatMap((route) =>
  Array.from({ length: route.weight ?? 1 }, () => route),
)
