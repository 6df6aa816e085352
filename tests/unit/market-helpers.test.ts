import { jest } from '@jest/globals'

import { STALE_AFTER_PERIODS, isStale } from '@/lib/market/staleness'
import { compactSparkline, MAX_SPARKLINE_POINTS } from '@/lib/market/sparkline'
import { createCallBudget } from '@/lib/market/callBudget'
import { createPromiseCache } from '@/lib/market/searchCache'
import {
  schedulerWanted,
  startBackgroundTaskOnce,
  startRepeatingTask,
} from '@/lib/background/repeatingTask'
import { validateSparkline } from '@/lib/market/validateSparkline'

describe('isStale', () => {
  const now = new Date('2026-05-18T12:00:00Z')
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000)

  test('figures within three refresh periods are current', () => {
    expect(STALE_AFTER_PERIODS).toBe(3)
    expect(isStale({ priceUpdatedAt: ago(0), now, refreshSeconds: 60 })).toBe(false)
    expect(isStale({ priceUpdatedAt: ago(180), now, refreshSeconds: 60 })).toBe(false)
    expect(isStale({ priceUpdatedAt: ago(181), now, refreshSeconds: 60 })).toBe(true)
  })

  test('the limit follows the refresh period', () => {
    expect(isStale({ priceUpdatedAt: ago(600), now, refreshSeconds: 300 })).toBe(false)
    expect(isStale({ priceUpdatedAt: ago(901), now, refreshSeconds: 300 })).toBe(true)
  })

  test('ISO strings as stored by Payload work too', () => {
    expect(isStale({ priceUpdatedAt: ago(30).toISOString(), now, refreshSeconds: 60 })).toBe(false)
  })

  test.each([null, undefined, '', 'not a date'])('%p (never updated) is stale', (value) => {
    expect(isStale({ priceUpdatedAt: value, now, refreshSeconds: 60 })).toBe(true)
  })

  test('a time slightly in the future (clock skew) is current', () => {
    expect(isStale({ priceUpdatedAt: ago(-5), now, refreshSeconds: 60 })).toBe(false)
  })
})

describe('compactSparkline', () => {
  test('168 hourly points become 84, keeping the first and the last', () => {
    const hourly = Array.from({ length: 168 }, (_, index) => 100 + index)
    const compact = compactSparkline(hourly)
    expect(compact).toHaveLength(MAX_SPARKLINE_POINTS)
    expect(compact?.[0]).toBe(100)
    expect(compact?.at(-1)).toBe(267)
  })

  test('rounds to six significant digits and keeps short series as they are', () => {
    expect(compactSparkline([64210.5512, 0.0000173412345])).toEqual([64210.6, 0.0000173412])
  })

  test('fewer than two usable points is null', () => {
    expect(compactSparkline([1])).toBeNull()
    expect(compactSparkline([])).toBeNull()
    expect(compactSparkline(null)).toBeNull()
    expect(compactSparkline([Number.NaN, 1])).toBeNull()
  })
})

describe('validateSparkline', () => {
  test.each([[null], [undefined], [[1, 2]]])('%p is accepted', (value) => {
    expect(validateSparkline(value)).toBe(true)
  })
  test.each([[[1]], [['1', '2']], [{ price: [1, 2] }], ['1,2']])('%p is refused', (value) => {
    expect(validateSparkline(value)).toEqual(expect.any(String))
  })
})

describe('createPromiseCache', () => {
  test('one load per key within the TTL; a failed load is not kept', async () => {
    let clock = 0
    const cache = createPromiseCache<number>({ ttlMs: 1000, maxEntries: 2, now: () => clock })
    const load = jest.fn(async () => 42)
    expect(cache.peek('a')).toBeUndefined()
    await cache.get('a', load)
    await cache.get('a', load)
    expect(load).toHaveBeenCalledTimes(1)
    // Peeking tells a search whether it would cost a call, and loads nothing.
    await expect(cache.peek('a')).resolves.toBe(42)
    clock = 1001
    expect(cache.peek('a')).toBeUndefined()
    await cache.get('a', load)
    expect(load).toHaveBeenCalledTimes(2)

    const failing = jest.fn(async () => {
      throw new Error('down')
    })
    await expect(cache.get('b', failing)).rejects.toThrow('down')
    await expect(cache.get('b', failing)).rejects.toThrow('down')
    expect(failing).toHaveBeenCalledTimes(2)
  })

  test('the oldest entry goes first when full', async () => {
    const cache = createPromiseCache<string>({ ttlMs: 60_000, maxEntries: 2 })
    const load = jest.fn(async () => 'x')
    await cache.get('a', load)
    await cache.get('b', load)
    await cache.get('c', load)
    await cache.get('a', load)
    expect(load).toHaveBeenCalledTimes(4)
  })
})

describe('createCallBudget', () => {
  test('at most N calls in any 60 s window', () => {
    let clock = 0
    const budget = createCallBudget({ perMinute: 2, now: () => clock })
    expect(budget.tryTake()).toBe(true)
    clock = 30_000
    expect(budget.tryTake()).toBe(true)
    expect(budget.tryTake()).toBe(false)
    clock = 60_000
    // The first call has left the window; the second has not.
    expect(budget.tryTake()).toBe(true)
    expect(budget.tryTake()).toBe(false)
  })
})

describe('the scheduler', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  test('a failing run does not stop the schedule', async () => {
    let calls = 0
    const errors: unknown[] = []
    const task = startRepeatingTask({
      firstDelayMs: 0,
      periodMs: 10,
      run: async () => {
        calls++
        if (calls === 1) throw new Error('provider down')
      },
      onError: (error) => errors.push(error),
    })
    await wait(120)
    task.stop()
    expect(errors).toHaveLength(1)
    expect(calls).toBeGreaterThanOrEqual(3)
  })

  test('runs never overlap: the next starts a period after the previous ends', async () => {
    let running = 0
    let overlap = false
    let calls = 0
    const task = startRepeatingTask({
      firstDelayMs: 0,
      periodMs: 5,
      run: async () => {
        calls++
        running++
        if (running > 1) overlap = true
        await wait(30)
        running--
      },
      onError: () => undefined,
    })
    await wait(150)
    task.stop()
    expect(calls).toBeGreaterThanOrEqual(2)
    expect(overlap).toBe(false)
  })

  test('stop() prevents further runs', async () => {
    let calls = 0
    const task = startRepeatingTask({
      firstDelayMs: 20,
      periodMs: 10,
      run: async () => {
        calls++
      },
      onError: () => undefined,
    })
    task.stop()
    await wait(60)
    expect(calls).toBe(0)
  })

  test('starts only in a Next.js server process, never in tests or `next build`', () => {
    expect(schedulerWanted({ NODE_ENV: 'production' }, 'nodejs')).toBe(true)
    expect(schedulerWanted({ NODE_ENV: 'development' }, 'nodejs')).toBe(true)
    expect(schedulerWanted({ NODE_ENV: 'test' }, 'nodejs')).toBe(false)
    expect(
      schedulerWanted({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }, 'nodejs'),
    ).toBe(false)
    // Scripts (npm run seed, npm run market:refresh) run under tsx, without NEXT_RUNTIME.
    expect(schedulerWanted({ NODE_ENV: 'development' }, undefined)).toBe(false)
  })

  test('of several server processes (WEB_CONCURRENCY) only the first runs them', () => {
    expect(schedulerWanted({ NODE_ENV: 'production' }, 'nodejs', '1')).toBe(true)
    expect(schedulerWanted({ NODE_ENV: 'production' }, 'nodejs', '2')).toBe(false)
    expect(schedulerWanted({ NODE_ENV: 'production' }, 'nodejs', undefined)).toBe(true)
  })

  test('a background task starts once per process (a hot-reloaded module gets the running one)', () => {
    const started: string[] = []
    const start = () => {
      started.push('task')
      return { stop: () => undefined }
    }
    const runtime = process.env.NEXT_RUNTIME
    process.env.NEXT_RUNTIME = 'nodejs'
    try {
      expect(startBackgroundTaskOnce('unit-test-task', { NODE_ENV: 'test' }, start)).toBeUndefined()
      const first = startBackgroundTaskOnce('unit-test-task', { NODE_ENV: 'production' }, start)
      const second = startBackgroundTaskOnce('unit-test-task', { NODE_ENV: 'production' }, start)
      expect(started).toEqual(['task'])
      expect(second).toBe(first)
    } finally {
      if (runtime === undefined) delete process.env.NEXT_RUNTIME
      else process.env.NEXT_RUNTIME = runtime
    }
  })
})
