import type { CacheHandlerValue } from '@fortedigital/nextjs-cache-handler/cache-handler.types'

import { LocalCacheLayer } from '@/lib/nextCache/localLayer'
import { createTwoLevelHandler } from '@/lib/nextCache/twoLevelHandler'
import { RedisOutage } from '@/lib/redis/outage'
import { decodeTagExpiry, encodeTagExpiry } from '@/lib/redis/tagExpiryChannel'
import { TagExpiryBacklog } from '@/lib/redis/tagExpiryBacklog'

const entry = (tags: string[], lastModified = 0) =>
  ({ lastModified, lifespan: null, tags, value: null }) as unknown as CacheHandlerValue

const silentLog = () => {
  const lines: string[] = []
  return { lines, log: { warn: (line: string) => lines.push(line), info: () => {} } }
}

describe('the in-process layer in front of Redis', () => {
  test('answers an entry for maxAgeMs, then lets go of it', async () => {
    let now = 0
    const layer = new LocalCacheLayer({ maxAgeMs: 5000, maxEntries: 10, now: () => now })
    await layer.set('feed', entry(['article-lists']))
    now = 4999
    expect(await layer.get('feed')).not.toBeNull()
    now = 5000
    expect(await layer.get('feed')).toBeNull()
  })

  test('expiring a tag drops exactly the entries carrying it', async () => {
    const layer = new LocalCacheLayer({ maxAgeMs: 5000, maxEntries: 10 })
    await layer.set('feed', entry(['article-lists']))
    await layer.set('article', entry(['article:a']))
    await layer.revalidateTag('article-lists')
    expect(await layer.get('feed')).toBeNull()
    expect(await layer.get('article')).not.toBeNull()
  })

  test('holds in memory only what was stored within maxAgeMs', async () => {
    let now = 0
    const layer = new LocalCacheLayer({ maxAgeMs: 5000, maxEntries: 100, now: () => now })
    for (const key of ['a', 'b', 'c']) await layer.set(key, entry([]))
    now = 6000
    await layer.set('d', entry([]))
    expect(layer.size).toBe(1)
  })

  test('keeps at most maxEntries, the most recently stored', async () => {
    const layer = new LocalCacheLayer({ maxAgeMs: 5000, maxEntries: 2 })
    for (const key of ['a', 'b', 'c']) await layer.set(key, entry([]))
    expect(layer.size).toBe(2)
    expect(await layer.get('a')).toBeNull()
  })
})

describe('Next’s cache with Redis unreachable', () => {
  const failingRedis = {
    name: 'redis',
    get: async () => {
      throw new Error('The client is offline')
    },
    set: async () => {
      throw new Error('The client is offline')
    },
    revalidateTag: async () => {
      throw new Error('The client is offline')
    },
  }

  test('reads and writes stay local, expiries are remembered, and the outage is logged once', async () => {
    const { lines, log } = silentLog()
    const outage = new RedisOutage(log)
    const remembered: string[] = []
    const local = new LocalCacheLayer({ maxAgeMs: 5000, maxEntries: 10 })
    const cache = createTwoLevelHandler({
      local,
      shared: failingRedis,
      outage,
      rememberUnexpired: (tags) => remembered.push(...tags),
    })
    await cache.set('feed', entry(['article-lists']), {})
    expect(await cache.get('feed', { implicitTags: [] })).not.toBeNull()
    for (let i = 0; i < 50; i++)
      expect(await cache.get(`miss-${i}`, { implicitTags: [] })).toBeNull()
    await cache.revalidateTag('article-lists')
    expect(await cache.get('feed', { implicitTags: [] })).toBeNull()
    expect(remembered).toEqual(['article-lists'])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^redis unreachable \(The client is offline\)/)
  })
})

describe('the outage log', () => {
  test('a command that failed on a live connection (a time-out) is over a second later', async () => {
    const lines: string[] = []
    const outage = new RedisOutage(
      { warn: (line) => lines.push(line), info: (line) => lines.push(line) },
      () => true,
    )
    let recovered = 0
    outage.onRecovered(() => (recovered += 1))
    outage.failed(new Error('Operation aborted'))
    outage.failed(new Error('Operation aborted'))
    expect(outage.isDown).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(outage.isDown).toBe(false)
    expect(recovered).toBe(1)
    expect(lines.map((line) => line.split(' (')[0]!.split(':')[0])).toEqual([
      'redis unreachable',
      'redis reachable again',
    ])
  })
})

describe('the expiry backlog', () => {
  test('is replayed when Redis returns, and kept when the replay fails', async () => {
    const outage = new RedisOutage(silentLog().log)
    const replayed: string[][] = []
    let fail = true
    const backlog = new TagExpiryBacklog(async (tags) => {
      if (fail) throw new Error('still down')
      replayed.push(tags)
    }, outage)
    outage.failed(new Error('down'))
    backlog.remember(['article-lists', 'article:a'])
    backlog.remember(['article-lists'])
    await backlog.flush()
    expect(backlog.size).toBe(2)
    fail = false
    outage.recovered()
    await new Promise((resolve) => setImmediate(resolve))
    expect(replayed).toEqual([['article:a', 'article-lists']])
    expect(backlog.size).toBe(0)
  })
})

describe('tag expiry notices', () => {
  test('round-trip, and anything else on the channel is ignored', () => {
    const notice = { from: 'host:1:abc', tags: ['article-lists'] }
    expect(decodeTagExpiry(encodeTagExpiry(notice))).toEqual(notice)
    for (const junk of [
      '',
      'not json',
      '{"from":"x"}',
      '{"from":"x","tags":[]}',
      '{"from":"x","tags":[1]}',
    ])
      expect(decodeTagExpiry(junk)).toBeNull()
    expect(decodeTagExpiry(JSON.stringify({ ...notice, extra: true }))).toBeNull()
  })
})
