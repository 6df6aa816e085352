/**
 * In development the very first account of a fresh site administers it; an ordinary sign-up never
 * does. In production nobody becomes the first admin over the web (`npm run admin:create` does).
 */
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'

let context: TTestPayload
let server: TTestServer

beforeAll(async () => {
  context = await startTestPayload()
  server = await startRestServer(context.config)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const post = (path: string, json: unknown) =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(json),
  }).then(async (response) => ({ status: response.status, body: await response.json() }))

test('in production, first-register is refused and creates nobody', async () => {
  const previous = process.env.NODE_ENV
  Object.assign(process.env, { NODE_ENV: 'production' })
  try {
    const response = await post('/api/users/first-register', {
      email: 'stranger@test.local',
      password: 'password-123',
      displayName: '陌生人',
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).toContain('npm run admin:create')
  } finally {
    Object.assign(process.env, { NODE_ENV: previous })
  }
  const users = await context.payload.count({ collection: 'users', overrideAccess: true })
  expect(users.totalDocs).toBe(0)
})

test('the account made at /admin/create-first-user becomes an admin', async () => {
  const response = await post('/api/users/first-register', {
    email: 'owner@test.local',
    password: 'password-123',
    displayName: '站长',
  })
  expect(response.status).toBe(200)
  expect(response.body.user.roles).toEqual(['admin'])
})

test('a sign-up on a site without accounts is still a reader', async () => {
  await context.payload.delete({ collection: 'users', where: {}, overrideAccess: true })
  const response = await post('/api/users', {
    email: 'early-bird@test.local',
    password: 'password-123',
    displayName: '早鸟',
  })
  expect(response.status).toBe(201)
  expect(response.body.doc.roles).toEqual(['reader'])
})
