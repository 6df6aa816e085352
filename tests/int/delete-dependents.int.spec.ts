/**
 * Deleting what other rows name in a required relation: an article with bookmarks, an account
 * with bookmarks, a watchlist and 快讯 votes. SQLite refused these (500) before the collections'
 * beforeDelete hooks removed the dependent rows first; the flashes an account voted on lose its
 * vote from their counts. An image used as a 搜索与分享 image failed the same way (its column's
 * foreign key has no ON DELETE SET NULL): the rows that name it forget it first.
 */
import type { Payload } from 'payload'

import { recountVoteTallies } from '@/lib/flash/voteTallies'
import { makeArticle, makeFlash, makeFlashVote, makeMedia } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { seedActors, type TActors } from '@/tests/helpers/users'
import type { User } from '@/payload-types'

let context: TTestPayload
let payload: Payload
let actors: TActors

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
})
afterAll(async () => context?.cleanup())

const as = (user: unknown) => ({ overrideAccess: false, user: user as User })
const count = async (collection: 'bookmarks' | 'watchlists' | 'flash-votes', where = {}) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

test('an editor deletes an article readers bookmarked; the bookmarks go with it', async () => {
  const article = await makeArticle(payload)
  await payload.create({
    collection: 'bookmarks',
    data: { user: actors.readerA.id, article: article.id },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'articles', id: article.id, ...as(actors.editor) })
  expect(await count('bookmarks', { article: { equals: article.id } })).toBe(0)
  expect(await count('bookmarks', { user: { equals: actors.readerA.id } })).toBe(0)
})

test('an admin deletes an account with bookmarks, a watchlist and votes; counts drop its vote', async () => {
  const reader = await payload.create({
    collection: 'users',
    data: { email: 'leaving@test.local', password: 'leaving-password-1', displayName: '要走的' },
    overrideAccess: true,
  })
  const article = await makeArticle(payload)
  await payload.create({
    collection: 'bookmarks',
    data: { user: reader.id, article: article.id },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'watchlists',
    data: { owner: reader.id, items: [] },
    overrideAccess: true,
  })
  const flash = await makeFlash(payload)
  await makeFlashVote(payload, { flash: flash.id, user: reader.id, vote: 'bullish' })
  await makeFlashVote(payload, { flash: flash.id, user: actors.readerB.id, vote: 'bullish' })
  const req = { payload } as never
  expect(await recountVoteTallies(req, flash.id)).toEqual({ bullish: 2, bearish: 0 })

  await payload.delete({ collection: 'users', id: reader.id, ...as(actors.admin) })
  expect(await count('bookmarks', { user: { equals: reader.id } })).toBe(0)
  expect(await count('watchlists', { owner: { equals: reader.id } })).toBe(0)
  expect(await count('flash-votes', { user: { equals: reader.id } })).toBe(0)
  // The other reader's vote stays, and so does the article.
  expect(await count('flash-votes', { user: { equals: actors.readerB.id } })).toBe(1)
  const kept = await payload.findByID({ collection: 'flashes', id: flash.id, depth: 0 })
  expect(kept.votes).toMatchObject({ bullish: 1, bearish: 0 })
  expect(await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })).toBeTruthy()
})

test('an editor deletes an image an article and a 快讯 share as their 搜索与分享 image', async () => {
  const image = await makeMedia(payload)
  const article = await makeArticle(payload)
  const flash = await makeFlash(payload)
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { meta: { image: image.id } },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'flashes',
    id: flash.id,
    data: { meta: { image: image.id } },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'media', id: image.id, ...as(actors.editor) })
  const after = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
  expect(after.meta?.image ?? null).toBeNull()
  const flashAfter = await payload.findByID({ collection: 'flashes', id: flash.id, depth: 0 })
  expect(flashAfter.meta?.image ?? null).toBeNull()
})
