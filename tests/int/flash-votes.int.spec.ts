/**
 * 利好 / 利空 on 快讯: POST /api/flashes/:id/vote, GET /api/flashes/votes and the flash-votes
 * collection, over real HTTP with the login cookie as a browser sends it.
 */
import type { Payload } from 'payload'

import { makeFlash, makeFlashCategory, makeFlashVote } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'

type TActor = 'readerA' | 'readerB' | 'editor' | 'admin'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors

// Every call from a client address of its own: these tests are not about the rate limits.
const { api, signIn } = createRestClient<TActor>(() => server.baseUrl, {
  eachCallAnotherClient: true,
})

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['readerA', 'readerB', 'editor', 'admin'] as const)
    await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const vote = (flashId: unknown, value: unknown, as?: TActor) =>
  api(`/api/flashes/${encodeURIComponent(String(flashId))}/vote`, {
    method: 'POST',
    as,
    json: { vote: value },
  })

const votes = (ids: unknown[], as?: TActor) =>
  api(`/api/flashes/votes?ids=${ids.map(String).join(',')}`, { as })

/** The vote rows of a flash, read as the system. */
const rowsOf = async (flashId: number | string) =>
  (
    await payload.find({
      collection: 'flash-votes',
      where: { flash: { equals: flashId } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

/** The counts stored on the flash document itself. */
const storedTallies = async (flashId: number | string) => {
  const flash = await payload.findByID({ collection: 'flashes', id: flashId, depth: 0 })
  return { bullish: flash.votes?.bullish ?? 0, bearish: flash.votes?.bearish ?? 0 }
}

const byFlash = (a: { flash: string }, b: { flash: string }) => a.flash.localeCompare(b.flash)

describe('POST /api/flashes/:id/vote', () => {
  test('a visitor is refused with 401, uncached, and nothing is stored', async () => {
    const flash = await makeFlash(payload)
    const response = await vote(flash.id, 'bullish')
    expect(response.status).toBe(401)
    expect(typeof response.body.error).toBe('string')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(await rowsOf(flash.id)).toHaveLength(0)
    expect(await storedTallies(flash.id)).toEqual({ bullish: 0, bearish: 0 })
  })

  test('a reader votes 利好, changes to 利空 and takes the vote back', async () => {
    const flash = await makeFlash(payload)

    const bullish = await vote(flash.id, 'bullish', 'readerA')
    expect(bullish.status).toBe(200)
    expect(bullish.headers.get('cache-control')).toBe('private, no-store')
    expect(bullish.body).toEqual({
      flash: String(flash.id),
      bullish: 1,
      bearish: 0,
      mine: 'bullish',
    })
    expect(await storedTallies(flash.id)).toEqual({ bullish: 1, bearish: 0 })

    const again = await vote(flash.id, 'bullish', 'readerA')
    expect(again.body).toEqual({ flash: String(flash.id), bullish: 1, bearish: 0, mine: 'bullish' })

    const bearish = await vote(flash.id, 'bearish', 'readerA')
    expect(bearish.status).toBe(200)
    expect(bearish.body).toEqual({
      flash: String(flash.id),
      bullish: 0,
      bearish: 1,
      mine: 'bearish',
    })
    expect(await rowsOf(flash.id)).toHaveLength(1)
    expect(await storedTallies(flash.id)).toEqual({ bullish: 0, bearish: 1 })

    const removed = await vote(flash.id, null, 'readerA')
    expect(removed.status).toBe(200)
    expect(removed.body).toEqual({ flash: String(flash.id), bullish: 0, bearish: 0, mine: null })
    expect(await rowsOf(flash.id)).toHaveLength(0)
    expect(await storedTallies(flash.id)).toEqual({ bullish: 0, bearish: 0 })

    // Taking back a vote that is not there is no error.
    expect((await vote(flash.id, null, 'readerA')).body.mine).toBeNull()
  })

  test('two readers’ votes add up, and each sees only their own', async () => {
    const flash = await makeFlash(payload)
    await vote(flash.id, 'bullish', 'readerA')
    const ofB = await vote(flash.id, 'bearish', 'readerB')
    expect(ofB.body).toEqual({ flash: String(flash.id), bullish: 1, bearish: 1, mine: 'bearish' })
    await vote(flash.id, 'bullish', 'admin')

    const seen = async (as?: TActor) => (await votes([flash.id], as)).body.votes
    const counts = { flash: String(flash.id), bullish: 2, bearish: 1 }
    expect(await seen('readerA')).toEqual([{ ...counts, mine: 'bullish' }])
    expect(await seen('readerB')).toEqual([{ ...counts, mine: 'bearish' }])
    expect(await seen('admin')).toEqual([{ ...counts, mine: 'bullish' }])
    // The editor has not voted; an admin's read of every row does not leak into anyone's `mine`.
    expect(await seen('editor')).toEqual([{ ...counts, mine: null }])
    expect(await seen()).toEqual([{ ...counts, mine: null }])
  })

  test('a vote is no edit: no new version, and the flash’s text and links stay', async () => {
    const category = await makeFlashCategory(payload)
    const flash = await makeFlash(payload, { text: '投票不改正文', categories: [category.id] })
    const versionsBefore = await payload.countVersions({
      collection: 'flashes',
      where: { parent: { equals: flash.id } },
    })
    await vote(flash.id, 'bullish', 'readerA')
    const after = await payload.findByID({ collection: 'flashes', id: flash.id, depth: 0 })
    expect(after.text).toBe('投票不改正文')
    expect(after.categories).toEqual([category.id])
    expect(after._status).toBe('published')
    const versionsAfter = await payload.countVersions({
      collection: 'flashes',
      where: { parent: { equals: flash.id } },
    })
    expect(versionsAfter.totalDocs).toBe(versionsBefore.totalDocs)
  })

  test.each([
    ['a draft', async () => (await makeFlash(payload, { status: 'draft' })).id],
    ['an unknown id', async () => '999999'],
    ['a junk id', async () => 'abc'],
    ['an impossible number', async () => '1e309'],
    ['an ObjectId no flash has', async () => '65a1b2c3d4e5f60718293a4b'],
    ['too long an id', async () => '1'.repeat(70)],
  ])('%s answers 404 and stores nothing', async (_name, idOf) => {
    const id = await idOf()
    const before = await payload.count({ collection: 'flash-votes', overrideAccess: true })
    const response = await vote(id, 'bullish', 'readerA')
    expect(response.status).toBe(404)
    expect(typeof response.body.error).toBe('string')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const after = await payload.count({ collection: 'flash-votes', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  test.each([
    ['another value', JSON.stringify({ vote: 'up' })],
    ['no vote', JSON.stringify({})],
    ['not JSON', 'vote=bullish'],
    ['another field', JSON.stringify({ vote: 'bullish', x: 1 })],
    ['a list', JSON.stringify(['bullish'])],
    ['a bare string', JSON.stringify('bullish')],
    ['empty', ''],
  ])('a body that is %s answers 400 with an error, and nothing is stored', async (_name, body) => {
    const flash = await makeFlash(payload)
    for (const as of ['readerA', undefined] as const) {
      const response = await api(`/api/flashes/${flash.id}/vote`, {
        method: 'POST',
        as,
        headers: { 'content-type': 'application/json' },
        body,
      })
      expect(response.status).toBe(400)
      expect(typeof response.body.error).toBe('string')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
    expect(await rowsOf(flash.id)).toHaveLength(0)
  })

  test('a wrong value and an unknown field are named in the answer', async () => {
    const flash = await makeFlash(payload)
    expect((await vote(flash.id, 'up', 'readerA')).body.error).toMatch(/vote/)
    const extra = await api(`/api/flashes/${flash.id}/vote`, {
      method: 'POST',
      as: 'readerA',
      json: { vote: 'bullish', x: 1 },
    })
    expect(extra.body.error).toMatch(/\bx\b/)
  })
})

describe('GET /api/flashes/votes', () => {
  test('visitors get the counts with no vote of their own; drafts and unknown ids are left out', async () => {
    const first = await makeFlash(payload)
    const second = await makeFlash(payload)
    const draft = await makeFlash(payload, { status: 'draft' })
    await makeFlashVote(payload, { flash: draft.id, user: actors.readerA.id })
    await vote(first.id, 'bullish', 'readerA')
    await vote(first.id, 'bearish', 'readerB')
    await vote(second.id, 'bearish', 'readerA')

    const response = await votes([first.id, draft.id, second.id, first.id, '999999', 'abc'])
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.body.votes.sort(byFlash)).toEqual(
      [
        { flash: String(first.id), bullish: 1, bearish: 1, mine: null },
        { flash: String(second.id), bullish: 0, bearish: 1, mine: null },
      ].sort(byFlash),
    )

    const asReaderA = await votes([first.id, second.id, draft.id], 'readerA')
    expect(asReaderA.body.votes.sort(byFlash)).toEqual(
      [
        { flash: String(first.id), bullish: 1, bearish: 1, mine: 'bullish' },
        { flash: String(second.id), bullish: 0, bearish: 1, mine: 'bearish' },
      ].sort(byFlash),
    )
  })

  test('a flash nobody voted on, or stored before votes existed, counts 0', async () => {
    const flash = await makeFlash(payload)
    expect((await votes([flash.id])).body.votes).toEqual([
      { flash: String(flash.id), bullish: 0, bearish: 0, mine: null },
    ])
  })

  test('ids no flash can have are simply absent', async () => {
    const response = await votes(['abc', '65a1b2c3d4e5f60718293a4b'], 'readerA')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ votes: [] })
  })

  test('50 ids are answered', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => 900000 + i)
    expect((await votes(ids)).status).toBe(200)
  })

  test.each([
    ['missing', '/api/flashes/votes'],
    ['empty', '/api/flashes/votes?ids='],
    ['an empty item', '/api/flashes/votes?ids=1,,2'],
    ['SQL-ish', '/api/flashes/votes?ids=1%20OR%201%3D1'],
    ['too long an id', `/api/flashes/votes?ids=${'1'.repeat(65)}`],
    ['51 ids', `/api/flashes/votes?ids=${Array.from({ length: 51 }, (_, i) => i + 1)}`],
    ['huge', `/api/flashes/votes?ids=${'1,'.repeat(3000)}1`],
    ['with another parameter', '/api/flashes/votes?ids=1&user=2'],
  ])('ids that are %s answer 400 with a JSON error', async (_name, path) => {
    for (const as of [undefined, 'readerA'] as const) {
      const response = await api(path, { as })
      expect(response.status).toBe(400)
      expect(typeof response.body.error).toBe('string')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
  })
})

describe('the counts on the flash', () => {
  test('an editor’s save cannot set them, and keeps those the votes made', async () => {
    const flash = await makeFlash(payload)
    await vote(flash.id, 'bullish', 'readerA')
    await vote(flash.id, 'bearish', 'readerB')

    await payload.update({
      collection: 'flashes',
      id: flash.id,
      data: { votes: { bullish: 999 }, important: true },
      overrideAccess: false,
      user: actors.editor,
    })
    expect(await storedTallies(flash.id)).toEqual({ bullish: 1, bearish: 1 })

    const patched = await api(`/api/flashes/${flash.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { votes: { bullish: 999, bearish: 999 }, text: '编辑后的快讯' },
    })
    expect(patched.status).toBe(200)
    expect(await storedTallies(flash.id)).toEqual({ bullish: 1, bearish: 1 })
    expect((await votes([flash.id])).body.votes[0]).toMatchObject({ bullish: 1, bearish: 1 })
  })

  test('a draft saved over the published flash, then published, keeps the counts', async () => {
    const flash = await makeFlash(payload)
    await vote(flash.id, 'bullish', 'readerA')
    const asEditor = { overrideAccess: false, user: actors.editor } as const
    await payload.update({
      collection: 'flashes',
      id: flash.id,
      draft: true,
      data: { text: '草稿修改', _status: 'draft' },
      ...asEditor,
    })
    await vote(flash.id, 'bullish', 'readerB')
    await payload.update({
      collection: 'flashes',
      id: flash.id,
      data: { _status: 'published' },
      ...asEditor,
    })
    expect(await storedTallies(flash.id)).toEqual({ bullish: 2, bearish: 0 })
  })

  test('a new flash starts at 0 whatever the request says', async () => {
    const flash = await payload.create({
      collection: 'flashes',
      data: { text: '新快讯', votes: { bullish: 999, bearish: 5 }, _status: 'published' },
      overrideAccess: false,
      user: actors.editor,
    })
    expect(await storedTallies(flash.id)).toEqual({ bullish: 0, bearish: 0 })
  })

  test('an editor may still delete a flash that has votes, which go with it', async () => {
    const flash = await makeFlash(payload)
    const other = await makeFlash(payload)
    await vote(flash.id, 'bullish', 'readerA')
    await vote(other.id, 'bearish', 'readerA')
    const response = await api(`/api/flashes/${flash.id}`, { method: 'DELETE', as: 'editor' })
    expect(response.status).toBe(200)
    expect(await rowsOf(flash.id)).toHaveLength(0)
    expect(await rowsOf(other.id)).toHaveLength(1)
  })
})

describe('REST /api/flash-votes', () => {
  test('no reader reads another reader’s votes', async () => {
    const flash = await makeFlash(payload)
    await vote(flash.id, 'bullish', 'readerA')
    const [rowOfA] = await rowsOf(flash.id)
    expect(rowOfA).toBeDefined()

    const listedForB = await api('/api/flash-votes?limit=100', { as: 'readerB' })
    expect(listedForB.status).toBe(200)
    const idsForB = listedForB.body.docs.map((doc: { id: unknown }) => doc.id)
    expect(idsForB).not.toContain(rowOfA!.id)
    const asked = await api(`/api/flash-votes?where[flash][equals]=${flash.id}`, { as: 'readerB' })
    expect(asked.body.docs).toEqual([])
    expect([403, 404]).toContain(
      (await api(`/api/flash-votes/${rowOfA!.id}`, { as: 'readerB' })).status,
    )

    const anonymous = await api('/api/flash-votes')
    expect(anonymous.status === 403 || anonymous.body.docs.length === 0).toBe(true)

    const listedForA = await api('/api/flash-votes?limit=100', { as: 'readerA' })
    expect(listedForA.body.docs.map((doc: { id: unknown }) => doc.id)).toContain(rowOfA!.id)
  })

  test('nobody writes rows there, not even their own', async () => {
    const flash = await makeFlash(payload)
    await vote(flash.id, 'bullish', 'readerA')
    const [rowOfA] = await rowsOf(flash.id)

    const created = await api('/api/flash-votes', {
      method: 'POST',
      as: 'readerB',
      json: { flash: flash.id, user: actors.readerB.id, vote: 'bearish' },
    })
    expect(created.status).toBe(403)
    for (const as of ['readerA', 'admin'] as const) {
      const updated = await api(`/api/flash-votes/${rowOfA!.id}`, {
        method: 'PATCH',
        as,
        json: { vote: 'bearish' },
      })
      expect([403, 404]).toContain(updated.status)
      const deleted = await api(`/api/flash-votes/${rowOfA!.id}`, { method: 'DELETE', as })
      expect([403, 404]).toContain(deleted.status)
    }

    const rows = await rowsOf(flash.id)
    expect(rows.map((row) => [row.id, row.vote])).toEqual([[rowOfA!.id, 'bullish']])
    expect(await storedTallies(flash.id)).toEqual({ bullish: 1, bearish: 0 })
  })
})
