import {
  createLocalReq,
  type Payload,
  type PayloadRequest,
  type TypedUser,
  type Where,
} from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'

import { myBookmarksEndpoint } from '@/endpoints/bookmarks/mine'
import { bookmarkStatesEndpoint } from '@/endpoints/bookmarks/states'
import { bookmarkStatusEndpoint } from '@/endpoints/bookmarks/status'
import { SPARSE_LINKS } from '@/lib/db/sqliteCoinLinks'
import { findOwnWatchlist } from '@/endpoints/watchlists/ownWatchlist'
import type { TFeedCursor } from '@/lib/queries/cursor'
import { findArticleBySlug, findRelatedArticles } from '@/lib/queries/findArticles'
import {
  FEED_PAGE_SIZE,
  findFeedPage,
  findFeedPageByNumber,
  MAX_FEED_PAGE,
} from '@/lib/queries/findFeed'
import {
  countPublishedArticles,
  findNewsItems,
  findRssItems,
  findSitemapChunk,
} from '@/lib/queries/findSyndication'
import { findTabs } from '@/lib/queries/findTags'
import {
  cursorNamesCoinArticle,
  cursorNamesCoinFlash,
  findCoinArticlesPage,
  findCoinFlashPage,
} from '@/lib/queries/findCoinPage'
import {
  explainAll,
  queriesAmong,
  recordStatements,
  type TPlanRow,
  type TStatement,
} from '@/lib/db/sqlitePlans'
import { SITEMAP_CHUNK_SIZE } from '@/lib/syndication/sitemap'
import { DEFAULT_LOCALE, LOCALES, type TLocale } from '@/lib/i18n/locales'

/**
 * What the portal and the admin ask SQLite, and how SQLite answers it. Shared by
 * tests/int/query-plans.int.spec.ts (which fails when a read loses its index) and
 * scripts/queryPlans.ts (`npm run db:plans`, plans and timings on the 100k bench database). The
 * statements are recorded and explained by lib/db/sqlitePlans.ts. SQLite only: MongoDB has no
 * EXPLAIN QUERY PLAN, and its indexes are declared in lib/db/mongoIndexes.ts.
 */

export type TExplainedStatement = TStatement & { plan: TPlanRow[]; findings: string[] }

/** The tables whose size grows with the number of articles: no read may scan them whole. */
export const ARTICLE_TABLES = [
  'articles',
  'articles_rels',
  'articles_locales',
  '_articles_v',
  '_articles_v_rels',
  '_articles_v_locales',
]

/**
 * The 快讯 tables, which grow the same way: held to the same rules (the coin 快讯 page's reads;
 * the timeline's correlated look-ups are checked by tests/int/flash-plans.int.spec.ts).
 */
export const FLASH_TABLES = ['flashes', 'flashes_rels', 'flashes_locales', '_flashes_v']

const GROWING_TABLES = [...ARTICLE_TABLES, ...FLASH_TABLES]

/**
 * Drizzle names joined tables by random aliases (`"articles_rels" "5c74…"`), the plain SQL of
 * lib/db by short ones (`from articles a`, `join articles_locales own`): alias → table.
 */
function aliasesOf(sql: string): Map<string, string> {
  const aliases = new Map<string, string>()
  for (const [, table = '', alias = ''] of sql.matchAll(/"(\w+)"\s+"([\w-]+)"/g))
    aliases.set(alias, table)
  for (const [, table = '', alias = ''] of sql.matchAll(
    /\b(?:from|join)\s+(\w+)\s+(?!on\b|where\b|order\b|limit\b)(\w+)/gi,
  ))
    aliases.set(alias, table)
  return aliases
}

/** A loop that reads a bounded number of rows: by id, by parent (one article's rows) or by slug. */
const BOUNDED = /USING INTEGER PRIMARY KEY|\(parent_id=\?\)|\(slug=\?\)/

/**
 * What is wrong with a plan, one line each:
 * - a SCAN of an article table without an index (every row is read), or through a covering index
 *   (every index entry is read), or a search through an AUTOMATIC index (built from every row);
 * - a temporary B-tree sorting the statement's result (`USE TEMP B-TREE FOR ORDER BY`, not the
 *   `RIGHT PART` variant that only orders ties) while some article table is read by anything but
 *   id, parent or slug: then every match is sorted before the LIMIT applies, instead of the rows
 *   coming out of an index in order. Sorts inside correlated subqueries (one article's relation
 *   rows) and of tags, coins or media (a page's few) are fine.
 */
export function planFindings(plan: TPlanRow[], sql: string): string[] {
  const aliases = aliasesOf(sql)
  const byId = new Map(plan.map((row) => [row.id, row]))
  const inCorrelated = (row: TPlanRow) => {
    for (let up = byId.get(row.parent); up; up = byId.get(up.parent))
      if (up.detail.startsWith('CORRELATED')) return true
    return false
  }
  const findings: string[] = []
  let unboundedArticleLoop = false
  for (const row of plan) {
    const loop = /^(SEARCH|SCAN) (\S+)(?: AS \S+)?(.*)$/.exec(row.detail)
    if (!loop || inCorrelated(row)) continue
    const [, kind, name = '', how = ''] = loop
    const table = aliases.get(name) ?? name
    if (!GROWING_TABLES.includes(table)) continue
    if (!BOUNDED.test(how)) unboundedArticleLoop = true
    if (kind === 'SCAN' && !/USING .*INDEX/.test(how)) findings.push(`full scan of ${table}`)
    if (kind === 'SCAN' && /USING COVERING INDEX/.test(how))
      findings.push(`reads all of ${how.replace(/^ USING COVERING INDEX /, '')} (${table})`)
    // An index SQLite builds for this one statement is built from every row of the table.
    if (/USING AUTOMATIC/.test(how)) findings.push(`builds a temporary index of all of ${table}`)
  }
  const sorts = plan.filter(
    (row) => row.parent === 0 && row.detail === 'USE TEMP B-TREE FOR ORDER BY',
  )
  if (unboundedArticleLoop && sorts.length > 0) findings.push('sorts every match (temp B-tree)')
  return findings
}

/** Values the reads need, taken from the database at hand (the 100k bench one or a test's). */
export type TPlanFixture = {
  tagId: string
  tagSlug: string
  coinId: string
  /** A coin with published 快讯, and the cursor half way down its 快讯 (a coin 快讯 page). */
  flashCoinId: string
  deepCoinFlashCursor: TFeedCursor
  /** The item this many places down the feed, and down the tag's feed (the cursor after it). */
  depth: number
  deepCursor: TFeedCursor
  deepTagCursor: TFeedCursor
  /** The deepest `?page=N` the portal serves (MAX_FEED_PAGE, or fewer on a small database). */
  deepPage: number
  deepTagPage: number
  article: { id: string; slug: string; tagIds: string[] }
  lastSitemapChunk: number
  searchTerm: string
  reader: TypedUser
  admin: TypedUser
}

const PUBLISHED: Where = {
  and: [{ _status: { equals: 'published' } }, { publishedAt: { exists: true } }],
}

async function cursorAt(payload: Payload, position: number, tagId?: string): Promise<TFeedCursor> {
  const where = tagId ? { and: [PUBLISHED, { tags: { in: [Number(tagId)] } }] } : PUBLISHED
  const { docs } = await payload.find({
    collection: 'articles',
    where,
    sort: ['-publishedAt', '-id'],
    limit: 1,
    page: position,
    pagination: false,
    depth: 0,
    select: { publishedAt: true },
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc?.publishedAt) throw new Error(`no published article at position ${position}`)
  return { publishedAt: new Date(doc.publishedAt), id: String(doc.id) }
}

/** The coin of the newest published 快讯 that names one, and the cursor half way down its 快讯. */
async function flashCoinOf(
  payload: Payload,
): Promise<{ flashCoinId: string; deepCoinFlashCursor: TFeedCursor }> {
  const published: Where = { and: [PUBLISHED, { coins: { exists: true } }] }
  const [newest] = (
    await payload.find({
      collection: 'flashes',
      where: published,
      sort: ['-publishedAt', '-id'],
      limit: 1,
      pagination: false,
      depth: 0,
      select: { coins: true },
      overrideAccess: true,
    })
  ).docs
  const coin = newest?.coins?.[0]
  if (coin === undefined) throw new Error('no 快讯 mentions a coin')
  const coinId = typeof coin === 'object' ? coin.id : coin
  const linked: Where = { and: [PUBLISHED, { coins: { in: [coinId] } }] }
  const count = (
    await payload.count({ collection: 'flashes', where: linked, overrideAccess: true })
  ).totalDocs
  const { docs } = await payload.find({
    collection: 'flashes',
    where: linked,
    sort: ['-publishedAt', '-id'],
    limit: 1,
    page: Math.max(1, Math.floor(count / 2)),
    depth: 0,
    select: { publishedAt: true },
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc?.publishedAt) throw new Error('no published 快讯 half way down the coin’s')
  return {
    flashCoinId: String(coinId),
    deepCoinFlashCursor: { publishedAt: new Date(doc.publishedAt), id: String(doc.id) },
  }
}

async function countWhere(payload: Payload, tagId?: string): Promise<number> {
  const where = tagId ? { and: [PUBLISHED, { tags: { in: [Number(tagId)] } }] } : PUBLISHED
  return (await payload.count({ collection: 'articles', where, overrideAccess: true })).totalDocs
}

/**
 * Picks the values from the data: the tag `preferTag` (else the first tab), a coin that articles
 * mention, the item `depth` places down (or half way on a small database), and the deepest page.
 */
export async function planFixture(
  payload: Payload,
  options: { depth?: number; preferTag?: string } = {},
): Promise<TPlanFixture> {
  const tabs = await findTabs(payload, { locale: DEFAULT_LOCALE })
  const tag = tabs.find((tab) => tab.slug === (options.preferTag ?? 'defi')) ?? tabs[0]
  if (!tag) throw new Error('no tags: seed the database first')
  const total = await countWhere(payload)
  const inTag = await countWhere(payload, tag.id)
  if (inTag < 2) throw new Error(`tag ${tag.slug} has fewer than 2 published articles`)
  const depth = Math.min(options.depth ?? 5000, Math.floor(inTag / 2))
  const withCoin = await payload.find({
    collection: 'articles',
    where: { and: [PUBLISHED, { coins: { exists: true } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { coins: true },
    overrideAccess: true,
  })
  const coin = withCoin.docs[0]?.coins?.[0]
  if (coin === undefined) throw new Error('no article mentions a coin')
  const [newest] = (
    await payload.find({
      collection: 'articles',
      where: { and: [PUBLISHED, { tags: { exists: true } }] },
      sort: ['-publishedAt', '-id'],
      limit: 1,
      pagination: false,
      depth: 0,
      select: { slug: true, tags: true },
      overrideAccess: true,
    })
  ).docs
  if (!newest?.slug) throw new Error('no published article with a tag')
  const idOf = (value: unknown) =>
    String(value && typeof value === 'object' && 'id' in value ? value.id : value)
  const users = { collection: 'users' as const }
  return {
    tagId: tag.id,
    tagSlug: tag.slug,
    coinId: idOf(coin),
    ...(await flashCoinOf(payload)),
    depth,
    deepCursor: await cursorAt(payload, depth),
    deepTagCursor: await cursorAt(payload, depth, tag.id),
    deepPage: Math.min(MAX_FEED_PAGE, Math.ceil(total / FEED_PAGE_SIZE)),
    deepTagPage: Math.min(MAX_FEED_PAGE, Math.ceil(inTag / FEED_PAGE_SIZE)),
    article: { id: String(newest.id), slug: newest.slug, tagIds: (newest.tags ?? []).map(idOf) },
    lastSitemapChunk: Math.max(1, Math.ceil(total / SITEMAP_CHUNK_SIZE)),
    searchTerm: '比特币',
    // Access rules read only the roles; no account has to exist for the plans.
    reader: { ...users, id: 1, roles: ['reader'] } as unknown as TypedUser,
    admin: { ...users, id: 1, roles: ['admin'] } as unknown as TypedUser,
  }
}

export type TRead = {
  name: string
  /** Set for a query shape that no route runs yet: shown by db:plans, not held to the rules. */
  unused?: string
  /**
   * Findings of a read whose query shape is Payload's and has no index-backed form, with the
   * reason: not held against it (db:plans still shows the plan).
   */
  accepted?: { findings: string[]; why: string }
  run(payload: Payload, fixture: TPlanFixture): Promise<unknown>
}

const ADMIN_LIST_LIMIT = 25

/**
 * The admin list of articles as @payloadcms/next's ListView asks for it (drafts on, so Payload
 * reads the latest version of each document from `_articles_v`), then its draft-status check.
 */
async function adminList(
  payload: Payload,
  fixture: TPlanFixture,
  options: { sort?: string; search?: string },
) {
  const collectionConfig = payload.collections.articles.config
  const req = await createLocalReq({ user: fixture.admin }, payload)
  const data = await payload.find({
    collection: 'articles',
    depth: 0,
    draft: true,
    includeLockStatus: true,
    limit: ADMIN_LIST_LIMIT,
    overrideAccess: false,
    page: 1,
    req,
    // Unset: Payload falls back to the collection's defaultSort, as the list view does.
    sort: options.sort,
    user: fixture.admin,
    where: mergeListSearchAndWhere({ collectionConfig, search: options.search ?? '', where: {} }),
  })
  const drafts = data.docs.filter((doc) => doc._status === 'draft').map((doc) => doc.id)
  // enrichDocsWithVersionStatus: which drafts on the page also have a published version. Payload
  // skips it on a page without drafts; asked here always (for no article then), to check its plan.
  await payload.findVersions({
    collection: 'articles',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { parent: true },
    where: {
      and: [
        { parent: { in: drafts.length ? drafts : [0] } },
        { 'version._status': { equals: 'published' } },
      ],
    },
    overrideAccess: false,
    req,
    user: fixture.admin,
  })
  return data
}

async function asUser(payload: Payload, user: TypedUser, url: string): Promise<PayloadRequest> {
  return createLocalReq({ user, urlSuffix: url }, payload)
}

/**
 * The portal's reads of the article tables in one edition. zh-CN keeps the reads' plain names;
 * the others are suffixed: English adds its own condition (an English title and body), zh-TW
 * reads the texts of two locales.
 */
function portalReads(locale: TLocale): TRead[] {
  const named = (name: string) => (locale === DEFAULT_LOCALE ? name : `${name} [${locale}]`)
  return [
    { name: named('feed: first page'), run: (payload) => findFeedPage({ payload, locale }) },
    {
      name: named('feed: cursor deep (加载更多)'),
      run: (payload, f) => findFeedPage({ payload, locale, cursor: f.deepCursor }),
    },
    {
      name: named('feed: ?page=N (deepest served)'),
      run: (payload, f) => findFeedPageByNumber({ payload, locale, page: f.deepPage }),
    },
    {
      name: named('tag feed: first page'),
      run: (payload, f) => findFeedPage({ payload, locale, tagId: f.tagId }),
    },
    {
      name: named('tag feed: cursor deep'),
      run: (payload, f) =>
        findFeedPage({ payload, locale, tagId: f.tagId, cursor: f.deepTagCursor }),
    },
    {
      name: named('tag feed: ?page=N (deepest served)'),
      run: (payload, f) =>
        findFeedPageByNumber({ payload, locale, tagId: f.tagId, page: f.deepTagPage }),
    },
    {
      name: named('article by slug'),
      run: (payload, f) => findArticleBySlug({ payload, locale, slug: f.article.slug }),
    },
    {
      name: named('related (更多新闻)'),
      run: (payload, f) =>
        findRelatedArticles({
          payload,
          locale,
          articleId: f.article.id,
          tagIds: f.article.tagIds,
        }),
    },
    { name: named('RSS'), run: (payload) => findRssItems({ payload, locale }) },
    {
      name: named('tag RSS'),
      run: (payload, f) => findRssItems({ payload, locale, tagId: f.tagId }),
    },
    {
      name: named('news sitemap (48 h)'),
      run: (payload) => findNewsItems({ payload, locale }),
    },
    {
      name: named('published count (sitemap index)'),
      run: (payload) => countPublishedArticles(payload, locale),
    },
    {
      name: named('sitemap chunk 1'),
      run: (payload) => findSitemapChunk({ payload, locale, chunk: 1 }),
    },
    {
      name: named('sitemap last chunk'),
      run: (payload, f) => findSitemapChunk({ payload, locale, chunk: f.lastSitemapChunk }),
    },
  ]
}

/**
 * The title is localized (`_articles_v_locales`): Payload LEFT JOINs the version's locale row to
 * search or sort by it, which SQLite cannot drive from the locale table's index, so the title sort
 * orders every latest version, and Payload counts such a list with GROUP BY id over all of them.
 * Editors only, one list page at a time; the portal's reads never sort or filter by a text.
 */
const ADMIN_LIST_COUNT =
  'Payload counts the matches grouped by id: SQLite walks the version rows in id order (no body in them)'

const LOCALIZED_ADMIN_LIST =
  'Payload joins the localized title with a LEFT JOIN: no index can order or count it'

/**
 * A coin with few links (below SPARSE_LINKS; articles or 快讯) is read by the sparse plan of
 * lib/db/sqliteCoinLinks.ts:
 * its links come through the relation's coins_id index and only they are sorted. From that many
 * on, the publish-time index is walked and nothing is sorted.
 */
const SPARSE_COIN_LINKS = {
  findings: ['sorts every match (temp B-tree)'],
  why: `a coin's links, fewer than ${SPARSE_LINKS} (more take the publish-index walk, unsorted)`,
}

/** Every read the portal (each edition), its JSON endpoints and the admin list make of the article tables. */
export const READS: TRead[] = [
  ...LOCALES.flatMap(portalReads),
  {
    name: 'coin page: first page',
    accepted: SPARSE_COIN_LINKS,
    run: (payload, f) =>
      findCoinArticlesPage({ payload, locale: DEFAULT_LOCALE, coinId: f.coinId }),
  },
  {
    name: 'coin page: cursor deep (更多新闻)',
    accepted: SPARSE_COIN_LINKS,
    run: (payload, f) =>
      findCoinArticlesPage({
        payload,
        locale: DEFAULT_LOCALE,
        coinId: f.coinId,
        cursor: f.deepCursor,
      }),
  },
  {
    name: 'coin page: is the cursor one of its articles',
    run: (payload, f) =>
      cursorNamesCoinArticle(payload, {
        coinId: f.coinId,
        cursor: f.deepCursor,
        locale: DEFAULT_LOCALE,
      }),
  },
  {
    name: 'coin 快讯 page: first page',
    accepted: SPARSE_COIN_LINKS,
    run: (payload, f) =>
      findCoinFlashPage({ payload, locale: DEFAULT_LOCALE, coinId: f.flashCoinId }),
  },
  {
    name: 'coin 快讯 page: cursor deep (更早的快讯)',
    accepted: SPARSE_COIN_LINKS,
    run: (payload, f) =>
      findCoinFlashPage({
        payload,
        locale: DEFAULT_LOCALE,
        coinId: f.flashCoinId,
        cursor: f.deepCoinFlashCursor,
      }),
  },
  {
    name: 'coin 快讯 page: is the cursor one of its 快讯',
    run: (payload, f) =>
      cursorNamesCoinFlash(payload, {
        coinId: f.flashCoinId,
        cursor: f.deepCoinFlashCursor,
        locale: DEFAULT_LOCALE,
      }),
  },
  {
    name: 'coin RSS',
    accepted: SPARSE_COIN_LINKS,
    run: (payload, f) => findRssItems({ payload, locale: DEFAULT_LOCALE, coinId: f.coinId }),
  },
  {
    name: 'bookmark status (收藏)',
    run: async (payload, f) =>
      bookmarkStatusEndpoint.handler(
        await asUser(payload, f.reader, `/api/bookmarks/status?article=${f.article.id}`),
      ),
  },
  {
    name: 'bookmark states (收藏 on feed cards)',
    run: async (payload, f) =>
      bookmarkStatesEndpoint.handler(
        await asUser(payload, f.reader, `/api/bookmarks/states?articles=${f.article.id},1,2`),
      ),
  },
  {
    name: 'my bookmarks (我的收藏), in 繁體',
    run: async (payload, f) =>
      myBookmarksEndpoint.handler(
        await asUser(payload, f.reader, '/api/bookmarks/mine?locale=zh-TW'),
      ),
  },
  {
    name: 'own watchlist (我的自选)',
    run: async (payload, f) =>
      findOwnWatchlist(
        (await asUser(payload, f.reader, '/api/watchlists/mine')) as Parameters<
          typeof findOwnWatchlist
        >[0],
      ),
  },
  {
    // What the REST handler runs for an anonymous GET /api/articles?limit=20 (default sort, depth).
    name: 'REST GET /api/articles?limit=20',
    run: (payload) =>
      payload.find({ collection: 'articles', limit: 20, page: 1, overrideAccess: false }),
  },
  {
    name: 'admin list: first page',
    run: (payload, f) => adminList(payload, f, {}),
  },
  {
    name: 'admin list: sorted by title',
    accepted: {
      findings: ['sorts every match (temp B-tree)', 'full scan of _articles_v'],
      why: LOCALIZED_ADMIN_LIST,
    },
    run: (payload, f) => adminList(payload, f, { sort: 'title' }),
  },
  {
    name: 'admin list: search',
    // Its page of matches walks covering indexes (tests/int/query-plans.int.spec.ts checks that).
    accepted: { findings: ['full scan of _articles_v'], why: ADMIN_LIST_COUNT },
    run: (payload, f) => adminList(payload, f, { search: f.searchTerm }),
  },
]

export type TReadPlan = { read: TRead; statements: TExplainedStatement[]; findings: string[] }

/** Runs a read once, recording its statements, and explains each statement that hit the database. */
export async function explainRead(
  payload: Payload,
  read: TRead,
  fixture: TPlanFixture,
): Promise<TReadPlan> {
  const recorder = recordStatements(payload)
  try {
    await read.run(payload, fixture)
  } finally {
    recorder.stop()
  }
  const sent = queriesAmong(recorder.statements)
  const plans = await explainAll(payload, sent)
  const accepted = new Set(read.accepted?.findings ?? [])
  const statements = sent.map((statement, i) => {
    const plan = plans[i] ?? []
    const findings = planFindings(plan, statement.sql).filter((finding) => !accepted.has(finding))
    return { ...statement, plan, findings }
  })
  return { read, statements, findings: statements.flatMap((statement) => statement.findings) }
}

/** EXPLAIN QUERY PLAN rows as the sqlite3 shell prints them (indented by parent). */
export function formatPlan(plan: TPlanRow[]): string {
  const depthOf = new Map<number, number>([[0, 0]])
  return plan
    .map((row) => {
      const depth = (depthOf.get(row.parent) ?? 0) + 1
      depthOf.set(row.id, depth)
      return `${'  '.repeat(depth)}${row.detail}`
    })
    .join('\n')
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Median wall time of `runs` calls of a read, after one warm-up call. */
export async function timeRead(
  payload: Payload,
  read: TRead,
  fixture: TPlanFixture,
  runs: number,
): Promise<number> {
  await read.run(payload, fixture)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await read.run(payload, fixture)
    times.push(performance.now() - start)
  }
  return median(times)
}
