/**
 * Reads are bounded over real HTTP: page sizes, pages and ids that cannot exist, GraphQL's row
 * cost, and Payload's own collections closed to readers (see lib/security and docs/security.md).
 */
import type { Payload } from 'payload'

import { makeArticle, makeTag } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { MAX_PAGE_SIZE } from '@/lib/security/readBounds'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, signIn } = createRestClient<'readerA' | 'editor' | 'admin'>(() => server.baseUrl)

const MORE_THAN_A_PAGE = MAX_PAGE_SIZE + 5

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['readerA', 'editor', 'admin'] as const) await signIn(name, actors[name].email)
  for (let i = 0; i < MORE_THAN_A_PAGE; i++) {
    await makeArticle(payload)
    await makeTag(payload)
  }
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const graphql = (query: string) => api('/api/graphql', { method: 'POST', json: { query } })

describe('page size', () => {
  test.each(['0', '-1', '1000', '1e309', '100000000000000000000'])(
    'limit=%s answers at most one page of 100',
    async (limit) => {
      for (const collection of ['articles', 'tags']) {
        const response = await api(`/api/${collection}?limit=${limit}`)
        expect(response.status).toBe(200)
        expect(response.body.docs).toHaveLength(MAX_PAGE_SIZE)
        expect(response.body.limit).toBe(MAX_PAGE_SIZE)
      }
    },
  )

  test('staff get the same cap', async () => {
    const response = await api('/api/articles?limit=0&draft=true', { as: 'admin' })
    expect(response.body.docs).toHaveLength(MAX_PAGE_SIZE)
  })

  test('pagination=false does not lift the cap', async () => {
    const response = await api('/api/tags?pagination=false&limit=0')
    expect(response.body.docs).toHaveLength(MAX_PAGE_SIZE)
  })

  test.each(['abc', '1&limit=2'])('limit=%s is a 400 that names the parameter', async (limit) => {
    const response = await api(`/api/articles?limit=${limit}`)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('limit')
  })

  test('depth that is no number is a 400, a huge one is served', async () => {
    expect((await api('/api/articles?depth=abc')).status).toBe(400)
    expect((await api('/api/articles?depth=1e309&limit=1')).status).toBe(200)
  })
})

describe('pages', () => {
  test.each(['99999', '1e309', '-3', '0'])('page=%s is an ordinary answer', async (page) => {
    const response = await api(`/api/articles?page=${page}&limit=10`)
    expect(response.status).toBe(200)
    const pastTheEnd = Number(page) > 1
    expect(response.body.docs).toHaveLength(pastTheEnd ? 0 : 10)
  })
})

describe('ids that cannot exist', () => {
  const collections = ['articles', 'tags', 'coins', 'media', 'users', 'watchlists', 'bookmarks']
  const ids = ['abc', '-1', '1e309', '1'.repeat(30), 'NaN', '1.5']
  const cases = collections.flatMap((collection) =>
    ids.flatMap((id) =>
      (['GET', 'PATCH', 'DELETE'] as const).map((method) => ({ collection, id, method })),
    ),
  )

  test.each(cases)(
    '$method /api/$collection/$id answers 404',
    async ({ collection, id, method }) => {
      for (const as of [undefined, 'readerA', 'admin'] as const) {
        const response = await api(`/api/${collection}/${id}`, {
          method,
          as,
          json: method === 'PATCH' ? { title: 'x' } : undefined,
        })
        expect([400, 404]).toContain(response.status)
      }
    },
  )
})

describe('GraphQL', () => {
  test('Articles(limit: 0) returns one page of 100', async () => {
    const response = await graphql('{ Articles(limit: 0) { limit docs { id } } }')
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Articles.docs).toHaveLength(MAX_PAGE_SIZE)
  })

  test('one full list is allowed, ten are refused for their rows', async () => {
    const list = (alias: string) => `${alias}: Articles(limit: 100) { docs { id title } }`
    const one = await graphql(`{ ${list('a')} }`)
    expect(one.body.errors).toBeUndefined()
    const aliases = Array.from({ length: 10 }, (_, i) => list(`a${i}`)).join(' ')
    const many = await graphql(`{ ${aliases} }`)
    expect(many.body.data).toBeUndefined()
    expect(many.body.errors[0].message).toContain('read too much')
  })

  test('a fragment that spreads itself is refused, not recursed into', async () => {
    const response = await graphql('{ Tags { ...A } } fragment A on Tags { docs { id } ...A }')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('spreads itself')
  })
})

describe("Payload's own collections", () => {
  test('a reader can neither create locks nor list them', async () => {
    const article = await makeArticle(payload)
    const lock = await api('/api/payload-locked-documents', {
      method: 'POST',
      as: 'readerA',
      json: {
        document: { relationTo: 'articles', value: article.id },
        user: { relationTo: 'users', value: actors.readerA.id },
      },
    })
    expect(lock.status).toBe(403)
    expect((await api('/api/payload-locked-documents', { as: 'readerA' })).status).toBe(403)
    const save = await api(`/api/articles/${article.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { title: '编辑照常保存' },
    })
    expect(save.status).toBe(200)
  })

  test('an editor may lock a story', async () => {
    const article = await makeArticle(payload)
    const lock = await api('/api/payload-locked-documents', {
      method: 'POST',
      as: 'editor',
      json: {
        document: { relationTo: 'articles', value: article.id },
        user: { relationTo: 'users', value: actors.editor.id },
      },
    })
    expect(lock.status).toBe(201)
  })

  test('a reader cannot store admin preferences, an editor can', async () => {
    const write = (as: 'readerA' | 'editor') =>
      api('/api/payload-preferences/some-key', { method: 'POST', as, json: { value: { a: 1 } } })
    expect((await write('readerA')).status).toBe(403)
    expect((await api('/api/payload-preferences/some-key', { as: 'readerA' })).status).toBe(403)
    expect((await write('editor')).status).toBe(200)
  })

  test.each(['payload-jobs', 'payload-kv', 'payload-preferences', 'payload-locked-documents'])(
    '%s lists nothing for readers',
    async (collection) => {
      expect((await api(`/api/${collection}`, { as: 'readerA' })).status).toBe(403)
      expect((await api(`/api/${collection}`)).status).toBe(403)
    },
  )
})
