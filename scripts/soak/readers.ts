import { randomBytes } from 'node:crypto'

import { z } from 'zod'

import { clientAddressOf, jsonOf, loginCookieOf, type TSoakClient } from './client'
import type { TCatalog } from './catalog'
import { ReaderLedger } from './ledger'
import { pickOne, randomBetween, sleepUntil, type SoakSchedule } from './schedule'

/**
 * Milliseconds between the starts of one reader's writes: at most 60 a minute, half of what the
 * server allows one client address (RATE_LIMIT_RULES.savedWrites), so no write of the soak
 * should ever be answered 429.
 */
export const WRITE_GAP_MS = { min: 1000, max: 1500 } as const

/** A reader's watchlist stays short, as real ones do (the panel shows ten). */
const WATCHLIST_CAP = 10

export type TReader = {
  index: number
  email: string
  clientAddress: string
  /** The `payload-token=…` pair of its login. */
  cookie: string
  userId: string
  ledger: ReaderLedger
}

export type TReaderContext = { call: TSoakClient; catalog: TCatalog; schedule: SoakSchedule }

const ZLoginAnswer = z.object({ user: z.object({ id: z.union([z.number(), z.string()]) }) })
const ZCreatedBookmark = z.object({ doc: z.object({ id: z.union([z.number(), z.string()]) }) })

/** SQLite's ids are numbers, and the portal's browser code sends them as such. */
const asSentId = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id)

/** Registers a reader as the 注册 form does, then logs it in as the login form does. */
async function signInReader(call: TSoakClient, index: number, runId: string): Promise<TReader> {
  const clientAddress = clientAddressOf('reader', index)
  const email = `soak-${runId}-${index}@soak.local`
  const password = `soak-${randomBytes(12).toString('hex')}`
  const registered = await call({
    kind: 'setup',
    method: 'POST',
    path: '/api/users',
    json: { displayName: `压测读者 ${index + 1}`, email, password },
    clientAddress,
  })
  if (registered.status !== 201)
    throw new Error(
      `registering reader ${index + 1} failed (${registered.status}): ${registered.text.slice(0, 200)}`,
    )
  const login = await call({
    kind: 'setup',
    method: 'POST',
    path: '/api/users/login',
    json: { email, password },
    clientAddress,
  })
  const cookie = loginCookieOf(login.headers)
  const user = ZLoginAnswer.safeParse(jsonOf(login))
  if (login.status !== 200 || !cookie || !user.success)
    throw new Error(`logging reader ${index + 1} in failed (${login.status})`)
  return {
    index,
    email,
    clientAddress,
    cookie,
    userId: String(user.data.user.id),
    ledger: new ReaderLedger(),
  }
}

/** `count` new readers, signed in a few at a time (each registration hashes a password). */
export async function signInReaders(call: TSoakClient, count: number): Promise<TReader[]> {
  const runId = randomBytes(4).toString('hex')
  const readers: TReader[] = []
  for (let first = 0; first < count; first += 10) {
    const batch = Array.from({ length: Math.min(10, count - first) }, (_, offset) => first + offset)
    readers.push(...(await Promise.all(batch.map((index) => signInReader(call, index, runId)))))
  }
  return readers
}

/** Adds a coin or takes one off (PUT /api/watchlists/mine replaces the whole list). */
async function saveWatchlist(reader: TReader, { call, catalog }: TReaderContext): Promise<void> {
  const items = reader.ledger.currentWatchlist()
  const coin = pickOne(catalog.coinIds)!
  const at = items.indexOf(coin)
  if (at >= 0) items.splice(at, 1)
  else {
    if (items.length >= WATCHLIST_CAP) items.shift()
    items.push(coin)
  }
  const answer = await call({
    kind: 'write',
    method: 'PUT',
    path: '/api/watchlists/mine',
    json: { items: items.map(asSentId) },
    cookie: reader.cookie,
    clientAddress: reader.clientAddress,
  })
  reader.ledger.watchlistSaved(items, answer.status === 200 || answer.status === 201)
}

/** Bookmarks an article it has not, or removes one it has (as the 收藏 button does). */
async function toggleBookmark(reader: TReader, { call, catalog }: TReaderContext): Promise<void> {
  const known = catalog.articleIds.filter((id) => reader.ledger.isBookmarked(id) !== undefined)
  const articleId = pickOne(known)
  if (!articleId) return
  const bookmarkId = reader.ledger.bookmarkIdOf(articleId)
  if (reader.ledger.isBookmarked(articleId) && bookmarkId) {
    const answer = await call({
      kind: 'write',
      method: 'DELETE',
      path: `/api/bookmarks/${encodeURIComponent(bookmarkId)}`,
      cookie: reader.cookie,
      clientAddress: reader.clientAddress,
    })
    reader.ledger.bookmarkRemoved(articleId, answer.status === 200)
    return
  }
  const answer = await call({
    kind: 'write',
    method: 'POST',
    path: '/api/bookmarks',
    json: { article: asSentId(articleId) },
    cookie: reader.cookie,
    clientAddress: reader.clientAddress,
  })
  const created = ZCreatedBookmark.safeParse(jsonOf(answer))
  const acknowledged = answer.status === 201 && created.success
  reader.ledger.bookmarkAdded(articleId, acknowledged ? String(created.data.doc.id) : undefined)
}

/** One of the reads a signed-in page makes: the 我的自选 panel, a 收藏 button, 我的收藏, the header. */
function readSomething(reader: TReader, { call, catalog }: TReaderContext) {
  const paths = [
    '/api/watchlists/panel',
    `/api/bookmarks/status?article=${pickOne(catalog.articleIds)}`,
    `/api/bookmarks?depth=1&sort=-createdAt&limit=100&where[user][equals]=${reader.userId}&select[article]=true&select[createdAt]=true&populate[articles][title]=true&populate[articles][slug]=true`,
    '/api/users/me',
  ]
  return call({
    kind: 'reader read',
    path: pickOne(paths)!,
    cookie: reader.cookie,
    clientAddress: reader.clientAddress,
  })
}

/** Writes (paced by WRITE_GAP_MS), each followed by a read, until the load's time is up. */
export async function runReader(reader: TReader, context: TReaderContext): Promise<void> {
  // Started at random points of the first gap, so the readers' writes do not come in waves.
  let nextWriteAt = performance.now() + randomBetween(0, WRITE_GAP_MS.max)
  for (;;) {
    await sleepUntil(nextWriteAt)
    if (context.schedule.isOver()) return
    nextWriteAt = performance.now() + randomBetween(WRITE_GAP_MS.min, WRITE_GAP_MS.max)
    await (Math.random() < 0.5 ? saveWatchlist(reader, context) : toggleBookmark(reader, context))
    if (!context.schedule.isOver()) await readSomething(reader, context)
  }
}
