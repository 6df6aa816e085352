/**
 * Caches cannot be grown by strangers: 10,000 junk URLs (cursors in the future, past the end or
 * made up, unknown tags and articles, page numbers past the end, made-up query strings) sent to
 * the production server leave less than 5 MB behind in Next's build directory, where its page and
 * data caches live, and no copy in memory: asked again, none is answered from a cache.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { nextDistDir } from '@/lib/env'
import { PAGE_CACHE_HEADER } from '@/lib/pageCache/handler'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'

// Fewer for a quick local look (JUNK_URLS=1000); the claim is about 10,000.
const JUNK_URLS = Number(process.env.JUNK_URLS ?? 10_000)
const IN_FLIGHT = 16
const MAX_GROWTH_BYTES = 5 * 1024 * 1024
const DAY_MS = 86_400_000

let server: TProductionServer

beforeAll(async () => {
  server = await startProductionServer()
})
afterAll(async () => server?.stop())

async function directoryBytes(directory: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) total += await directoryBytes(full)
    else if (entry.isFile()) total += (await stat(full)).size
  }
  return total
}

const cursorAt = (milliseconds: number, id: number | string) => `${milliseconds.toString(36)}-${id}`

/** The i-th junk URL; every kind comes back about 1,000 times, each time with a new key. */
function junkUrl(i: number, now: number): string {
  const future = cursorAt(now + DAY_MS * (1 + i), i)
  switch (i % 10) {
    case 0:
      return `/?cursor=${future}`
    case 1:
      return `/?cursor=${cursorAt(1_000 + i, i)}` // 1970: past the end
    case 2:
      return `/?cursor=${cursorAt(now - DAY_MS * (i % 60) - i, 900_000 + i)}` // made up
    case 3:
      return `/tag/no-such-tag-${i}`
    case 4:
      return `/tag/defi?cursor=${future}`
    case 5:
      return `/articles/no-such-article-${i}`
    case 6:
      return `/?page=${3 + (i % 98)}&n=${i}`
    case 7:
      return `/tag/defi?page=${2 + i}`
    case 8:
      return `/feed-items?cursor=${future}`
    default:
      return `/?utm_source=junk-${i}`
  }
}

/** Sends every URL, IN_FLIGHT at a time; the statuses seen, by count. */
async function sendAll(urls: string[]): Promise<Map<number, number>> {
  const statuses = new Map<number, number>()
  let next = 0
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!
      const response = await fetch(`${server.baseUrl}${url}`)
      await response.arrayBuffer()
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  return statuses
}

// Each junk page is rendered (nothing is cached): 15–70 ms apiece on a busy 2-core machine.
test('10,000 junk URLs grow the caches by less than 5 MB and are not kept in memory', async () => {
  // Honest traffic first, so that what it legitimately caches is not counted.
  await sendAll(['/', '/tag/defi', '/?page=2', '/feed-items?cursor=', '/api/tags'])
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  const before = await directoryBytes(nextDistDir())

  const now = Date.now()
  const urls = Array.from({ length: JUNK_URLS }, (_, i) => junkUrl(i, now))
  const statuses = await sendAll(urls)
  expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([])

  // Next writes cache files after answering.
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  const growth = (await directoryBytes(nextDistDir())) - before
  expect(growth).toBeLessThan(MAX_GROWTH_BYTES)

  for (const url of urls.slice(0, 40)) {
    const response = await fetch(`${server.baseUrl}${url}`)
    await response.arrayBuffer()
    const answered = {
      url,
      page: response.headers.get(PAGE_CACHE_HEADER),
      // `/?utm_source=…` is the home page: Next answers it from its one copy of `/`.
      next: response.status === 200 ? null : response.headers.get('x-nextjs-cache'),
    }
    expect(answered).not.toMatchObject({ page: 'HIT' })
    expect(answered).not.toMatchObject({ next: 'HIT' })
  }
}, 900_000)
