/**
 * A site opened at an address other than SITE_URL: the login succeeds but the browser's cookie is
 * then ignored, which looks like a broken site. The server says why in its log, once.
 */
import type { Payload } from 'payload'

import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { seedActors, TEST_PASSWORD, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const warnings: string[] = []

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  payload.logger.warn = ((message: unknown) => {
    warnings.push(String(message))
  }) as typeof payload.logger.warn
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const logInFrom = (origin: string) =>
  fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: actors.readerA.email, password: TEST_PASSWORD }),
  })

test('another site’s login page is not mistaken for the site opened elsewhere', async () => {
  expect((await logInFrom('https://elsewhere.example')).status).toBe(200)
  expect(warnings).toEqual([])
})

test('logins from the site’s own page at another address are logged once, with the fix', async () => {
  const siteUrl = payload.config.csrf[0]!
  // The test server answers on 127.0.0.1:<port>; SITE_URL says something else.
  expect(server.baseUrl).not.toBe(siteUrl)
  expect((await logInFrom(server.baseUrl)).status).toBe(200)
  expect((await logInFrom(server.baseUrl)).status).toBe(200)
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toContain(`Set SITE_URL=${server.baseUrl}`)
})
