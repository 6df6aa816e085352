/**
 * Bad input that the fuzzer (npm run fuzz) once answered with a 500, over real HTTP through the
 * same input checks as the Next routes: each is now a 4xx that says what is wrong, and the
 * well-formed request beside it still works.
 */
import type { Payload } from 'payload'

import { makeArticle } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
let articleId: number | string
const { api, signIn } = createRestClient<'readerA' | 'editor'>(() => server.baseUrl, {
  eachCallAnotherClient: true,
})

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  articleId = (await makeArticle(payload, { title: 'where 测试' })).id
  server = await startRestServer(context.config)
  const { readerA, editor } = actors
  await Promise.all([signIn('readerA', readerA.email), signIn('editor', editor.email)])
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const messageOf = (body: { errors?: { message?: string }[] } | null) => body?.errors?.[0]?.message

describe('where', () => {
  test.each([
    ['where[title][like][0]=a', 'where[title][like] must be text'],
    ['where[title][equals][0]=a', 'where[title][equals] is not a single value'],
    ['where[_status][equals][$gt]=', 'where[_status][equals] is not a single value'],
    ['where[id][equals]=1e309', 'where[id][equals] is no document id'],
    ['where[publishedAt][greater_than]=abc', 'where[publishedAt][greater_than] is not a date'],
    ['where[title][near]=1,2', 'where[title][near] applies to points only'],
    ['where[title][all][0]=a', 'where[title][all] is not supported by this database'],
    ['where[and][0][tags][in]=1e309', 'where[tags][in] has an item that is no document id'],
    ['where[id][in]=', 'where[id][in] has an item that is no document id'],
  ])('?%s is a 400: %s', async (query, message) => {
    for (const path of [`/api/articles?${query}`, `/api/articles/count?${query}`]) {
      const response = await api(path)
      expect([path, response.status, messageOf(response.body)]).toEqual([path, 400, message])
    }
  })

  test('a like pattern longer than 1,000 characters is a 400 (SQLite fails on 50,000)', async () => {
    const response = await api(`/api/articles?where[title][like]=${'a'.repeat(1001)}`)
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toBe('where[title][like] is longer than 1000 characters')
  })

  test('a where or data that is not JSON is a 400; JSON and the usual form still work', async () => {
    for (const query of ['where=%2Fetc%2Fpasswd', 'where=%7B', 'data=NaN']) {
      const response = await api(`/api/articles?${query}`)
      expect([query, response.status]).toEqual([query, 400])
      expect(messageOf(response.body)).toMatch(/must be JSON/)
    }
    const json = encodeURIComponent(JSON.stringify({ title: { equals: 'where 测试' } }))
    expect((await api(`/api/articles?where=${json}`)).body.totalDocs).toBe(1)
    expect((await api('/api/articles?where[title][like]=where')).body.totalDocs).toBe(1)
  })
})

describe('bodies Payload cannot parse', () => {
  const multipart = (parts: string, contentType = 'multipart/form-data; boundary=XyZ') =>
    api('/api/tags', {
      method: 'POST',
      as: 'editor',
      headers: { 'content-type': contentType },
      body: parts,
    })
  const part = (name: string, value: string) =>
    `--XyZ\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`

  test('multipart without a boundary, cut short, or with a _payload that is not JSON: 400', async () => {
    const whole = `${part('_payload', JSON.stringify({ name: '标签', slug: 'multipart-tag' }))}--XyZ--\r\n`
    for (const [body, contentType, message] of [
      [whole, 'multipart/form-data', /not eligible/],
      [whole.slice(0, 30), undefined, /Unexpected end of form/],
      [`${part('_payload', '{"name":')}--XyZ--\r\n`, undefined, /JSON/],
      [
        `--XyZ\r\nContent-Disposition: form-data; name="a\r\nb"\r\n\r\nx\r\n--XyZ--\r\n`,
        undefined,
        /Malformed part header/,
      ],
    ] as const) {
      const response = await multipart(body, contentType)
      expect(response.status).toBe(400)
      expect(messageOf(response.body)).toMatch(message)
    }
    // The admin's own way of saving: a multipart form with the document in _payload.
    expect((await multipart(whole)).status).toBe(201)
  })

  test('GraphQL: a body that says JSON and is not is a 400', async () => {
    const response = await api('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    })
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toMatch(/not valid JSON/)
  })

  test('GraphQL: a subscription is a 400 (the schema has none)', async () => {
    const response = await api('/api/graphql', {
      method: 'POST',
      json: { query: 'subscription { Tags { totalDocs } }' },
    })
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toMatch(/no subscriptions/)
  })
})

describe('routes that could only fail', () => {
  test('the migrations collection has no routes: 404, not 501', async () => {
    for (const [method, path] of [
      ['GET', '/api/payload-migrations'],
      ['GET', '/api/payload-migrations/1'],
      ['POST', '/api/payload-migrations'],
    ] as const) {
      const response = await api(path, { method })
      expect([method, path, response.status]).toEqual([method, path, 404])
    }
  })

  test('an unknown e-mail verification token is refused with 403 and a message', async () => {
    const response = await api('/api/users/verify/some-token', { method: 'POST' })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).toContain('Verification token is invalid')
  })

  test('a collection without versions has no version routes: 404', async () => {
    for (const method of ['GET', 'POST']) {
      const response = await api('/api/tags/versions/1', { method, as: 'editor' })
      expect([method, response.status]).toEqual([method, 404])
    }
    expect((await api('/api/articles/versions?limit=1', { as: 'editor' })).status).toBe(200)
  })
})

describe('values of the wrong type', () => {
  test('a document id that cannot exist is a 404 on the access route too', async () => {
    for (const id of ['1e309', '-1e309', 'abc']) {
      const response = await api(`/api/articles/access/${id}`, { method: 'POST', as: 'editor' })
      expect([id, response.status]).toEqual([id, 404])
    }
    const possible = await api(`/api/articles/access/${articleId}`, {
      method: 'POST',
      as: 'editor',
    })
    expect(possible.status).toBe(200)
  })

  test('a write whose body is no JSON object is a 400', async () => {
    for (const [body, contentType] of [
      ['"just text"', 'application/json'],
      ['[1, 2]', 'application/json'],
      ['{"name":"x"}', 'text/plain'],
    ]) {
      for (const [method, path] of [
        ['POST', '/api/tags'],
        ['PATCH', '/api/tags/1'],
        ['POST', '/api/users'],
      ] as const) {
        const response = await api(path, {
          method,
          as: path === '/api/users' ? undefined : 'editor',
          headers: { 'content-type': contentType! },
          body,
        })
        expect([method, path, body, response.status]).toEqual([method, path, body, 400])
        expect(messageOf(response.body)).toMatch(/must be a JSON object/)
      }
    }
  })

  test('a bookmark without an article is a 400 naming the field', async () => {
    for (const json of [{}, { article: null }, { article: { id: null } }, { article: 1.5 }]) {
      const response = await api('/api/bookmarks', { method: 'POST', as: 'readerA', json })
      expect([json, response.status]).toEqual([json, 400])
      expect(JSON.stringify(response.body)).toContain('article must be an article id')
    }
  })

  test('an email that is not text is a 400 naming the field, not a 500', async () => {
    for (const email of [1, { $gt: '' }, ['a@b.c'], true]) {
      const response = await api('/api/users', {
        method: 'POST',
        json: { email, password: 'kettle-orbit-lantern-93', displayName: '读者' },
      })
      expect([email, response.status]).toEqual([email, 400])
      expect(JSON.stringify(response.body)).toContain('email must be text')
    }
  })
})
