/**
 * Two app instances' shared state (lib/redis) against a real redis-server started here: Next's
 * cache entries and tag expiries, the page caches, rate limits and the market lease, and what
 * happens while Redis is away and when it returns. Needs Debian's redis-server (.ci/run installs
 * it); skipped with a message where it is missing, unless CI=true.
 */
import type { CacheHandlerValue } from '@fortedigital/nextjs-cache-handler/cache-handler.types'

import { acquireRedisLease, releaseRedisLease } from '@/lib/market/redisLease'
import { PageStore } from '@/lib/pageCache/store'
import { spendPoint } from '@/lib/rateLimit/spend'
import { connectInstance, createSharedState, type TSharedState } from '@/lib/redis/joinInstances'
import { registerSharedRedis } from '@/lib/redis/shared'
import { oneInstanceAtATime } from '@/lib/redis/startupLock'
import { REDIS_SERVER, startRedisServer, type TRedisServer } from '@/tests/helpers/redisServer'

const skip = !REDIS_SERVER && process.env.CI !== 'true'
if (skip) console.warn('shared-state tests skipped: redis-server not installed (CI=true runs them)')
const describeWithRedis = skip ? describe.skip : describe

type TInstance = TSharedState & {
  pageCache: PageStore
  /** Tags expired in this "process's Next caches", in order. */
  expiredHere: string[][]
  relay: (tags: readonly string[]) => void
  logged: string[]
}

let redis: TRedisServer
const instances: TInstance[] = []

function startInstance(): TInstance {
  const logged: string[] = []
  const log = {
    warn: (line: string) => logged.push(line),
    info: (line: string) => logged.push(line),
  }
  const state = createSharedState(redis.url, log)
  const pageCache = new PageStore({ ttlMs: 60_000, maxBytes: 1e6, maxEntryBytes: 1e6 })
  const expiredHere: string[][] = []
  const relay = connectInstance(state, pageCache, async (tags) => {
    expiredHere.push([...tags])
  })
  const instance = { ...state, pageCache, expiredHere, relay, logged }
  instances.push(instance)
  return instance
}

async function until(check: () => boolean | Promise<boolean>, limitMs: number, what: string) {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`${what}: not within ${limitMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return Date.now() - started
}

const ready = (instance: TInstance) =>
  until(
    () => instance.connection.client.isReady && instance.connection.subscriber.isReady,
    5000,
    'connected',
  )

/** A data-cache entry as @fortedigital/nextjs-cache-handler's CacheHandler stores it. */
const entry = (tags: string[], text: string): CacheHandlerValue =>
  ({
    lastModified: Date.now(),
    lifespan: null,
    tags,
    value: { kind: 'FETCH', data: { headers: {}, body: text, status: 200 }, revalidate: 3600 },
  }) as unknown as CacheHandlerValue

const storePage = (instance: TInstance, key: string) =>
  instance.pageCache.set(
    key,
    { statusCode: 200, headers: {}, body: Buffer.from('page') },
    instance.pageCache.generation,
  )

const bodyOf = (value: CacheHandlerValue | null | undefined) =>
  (value?.value as { data?: { body?: string } } | null)?.data?.body

describeWithRedis('two app instances sharing Redis', () => {
  let a: TInstance
  let b: TInstance

  beforeAll(async () => {
    redis = await startRedisServer()
    a = startInstance()
    b = startInstance()
    await Promise.all([ready(a), ready(b)])
  })
  afterAll(async () => {
    registerSharedRedis(undefined)
    await Promise.all(instances.map((instance) => instance.connection.close()))
    await redis?.stop()
  })

  test('an entry stored by one instance is read by the other, and a tag expired by one is gone for both', async () => {
    await a.nextCache.set('feed', entry(['article-lists'], 'old feed'), {})
    expect(bodyOf(await b.nextCache.get('feed', { implicitTags: [] }))).toBe('old feed')

    await a.nextCache.revalidateTag('article-lists')
    // B read it into its local layer; the notice (below) is what drops it there.
    a.relay(['article-lists'])
    await until(() => b.expiredHere.length > 0, 1000, 'notice')
    expect(await b.nextCache.get('feed', { implicitTags: [] })).toBeNull()
    expect(await a.nextCache.get('feed', { implicitTags: [] })).toBeNull()
  })

  test('a notice expires the tags in the other instance’s Next caches and empties its page cache, within a second', async () => {
    b.expiredHere.length = 0
    a.expiredHere.length = 0
    storePage(b, '/')
    const renderBefore = b.pageCache.generation
    a.relay(['article:one', 'article-lists'])
    const took = await until(() => b.expiredHere.length > 0, 1000, 'notice')
    expect(took).toBeLessThan(1000)
    expect(b.expiredHere).toEqual([['article:one', 'article-lists']])
    expect(b.pageCache.get('/')).toBeUndefined()
    // A render that began before the notice may not store what it read.
    expect(
      b.pageCache.set(
        '/',
        { statusCode: 200, headers: {}, body: Buffer.from('old') },
        renderBefore,
      ),
    ).toBe(false)
    // The announcing instance expired them itself: its own notice is ignored.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(a.expiredHere).toEqual([])
  })

  test('a rate limit counts across instances', async () => {
    registerSharedRedis(a.connection)
    const key = `client-${Date.now()}`
    for (let i = 0; i < 3; i++)
      expect((await spendPoint('loginPerAccount', key)).allowed).toBe(true)
    // The other instance's limiter: a fresh one, counting in the same Redis.
    const limiters = (globalThis as Record<symbol, Map<string, unknown>>)[
      Symbol.for('newsroom.rateLimiters')
    ]
    limiters?.clear()
    registerSharedRedis(b.connection)
    for (let i = 0; i < 2; i++)
      expect((await spendPoint('loginPerAccount', key)).allowed).toBe(true)
    expect((await spendPoint('loginPerAccount', key)).allowed).toBe(false)
  })

  test('the market lease is one holder’s at a time, and a cool-down holds off the others', async () => {
    const client = a.connection.client
    const name = `refresh-${Date.now()}`
    const now = new Date()
    const take = (holder: string, ignoreCooldown = false) =>
      acquireRedisLease(client, { name, holder, ttlMs: 60_000, now, ignoreCooldown })
    expect(await take('a')).toEqual({ acquired: true })
    expect(await take('b')).toMatchObject({ acquired: false, reason: 'running', holder: 'a' })
    expect(await releaseRedisLease(client, { name, holder: 'b', now })).toBe(false)
    const coolDownUntil = new Date(now.getTime() + 30_000)
    expect(await releaseRedisLease(client, { name, holder: 'a', now, coolDownUntil })).toBe(true)
    expect(await take('b')).toMatchObject({ acquired: false, reason: 'cooling-down' })
    expect(await take('b', true)).toEqual({ acquired: true })
  })

  test('instances started together migrate and seed one after the other', async () => {
    registerSharedRedis(a.connection)
    const steps: string[] = []
    const lock = `startup-${Date.now()}`
    const startUp = (instance: string) =>
      oneInstanceAtATime(lock, async () => {
        steps.push(`${instance} begins`)
        await new Promise((resolve) => setTimeout(resolve, 300))
        steps.push(`${instance} ends`)
      })
    await Promise.all([startUp('first'), startUp('second')])
    expect(steps).toEqual(['first begins', 'first ends', 'second begins', 'second ends'])
  })

  test('without Redis both keep serving from memory, log once, and catch up by themselves when it returns', async () => {
    await a.nextCache.set('tag-feed', entry(['tags'], 'old tag feed'), {})
    expect(bodyOf(await b.nextCache.get('tag-feed', { implicitTags: [] }))).toBe('old tag feed')
    await redis.stop()
    await until(() => !a.connection.client.isReady && !b.connection.client.isReady, 5000, 'down')

    // Reads come from the local layers (or miss), writes stay local; nothing throws.
    expect(bodyOf(await b.nextCache.get('tag-feed', { implicitTags: [] }))).toBe('old tag feed')
    await b.nextCache.set('other', entry([], 'kept here'), {})
    expect(bodyOf(await b.nextCache.get('other', { implicitTags: [] }))).toBe('kept here')
    for (let i = 0; i < 20; i++) await a.nextCache.get(`missing-${i}`, { implicitTags: [] })
    // The limits fall back to each instance's own count instead of failing the request.
    expect((await spendPoint('search', 'client-while-down')).allowed).toBe(true)

    // A publish through A while Redis is away: remembered, and told to B once Redis returns.
    b.expiredHere.length = 0
    await a.nextCache.revalidateTag('tags')
    a.relay(['tags'])
    expect(a.backlog.size).toBe(1)
    for (const instance of [a, b])
      expect(instance.logged.filter((line) => /unreachable/.test(line))).toHaveLength(1)

    await redis.start()
    await until(() => a.connection.client.isReady, 5000, 'A reconnected')
    const took = await until(() => b.expiredHere.some((tags) => tags.includes('tags')), 5000, 'B')
    expect(took).toBeLessThan(5000)
    expect(a.backlog.size).toBe(0)
    for (const instance of [a, b])
      expect(instance.logged.filter((line) => /reachable again/.test(line))).toHaveLength(1)
    // B let go of what it kept during the outage: it may have missed notices.
    expect(await b.nextCache.get('other', { implicitTags: [] })).toBeNull()
  })
})
