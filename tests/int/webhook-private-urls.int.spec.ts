/**
 * Without WEBHOOK_ALLOW_PRIVATE_URLS, a webhook cannot reach private addresses: a literal private
 * address or localhost is refused when saved, and a name that resolves to one (DNS rebinding: it
 * resolved elsewhere when saved) is refused when sending, after resolution, without a retry.
 */
import type { Payload } from 'payload'

import { makeArticle } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { startWebhookReceiver } from '@/tests/helpers/webhookReceiver'
import { countDueWebhookJobs } from '@/lib/webhooks/cleanup'
import { runWebhookJobs } from '@/lib/webhooks/runner'
import type { User } from '@/payload-types'

process.env.WEBHOOK_ALLOW_PRIVATE_URLS = 'false'

let context: TTestPayload
let payload: Payload
let actors: TActors
let server: TTestServer
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
const { api, signIn } = createRestClient<'admin'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  receiver = await startWebhookReceiver()
  server = await startRestServer(context.config)
  await signIn('admin', actors.admin.email)
})
afterAll(async () => {
  await receiver?.close()
  await server?.close()
  await context?.cleanup()
})

const saveAsAdmin = (url: string) =>
  payload.create({
    collection: 'webhooks',
    data: { name: 'private?', url, events: ['article.published'] },
    overrideAccess: false,
    user: actors.admin as User,
  })

test.each([
  'http://127.0.0.1:9/hook',
  'http://localhost:3000/api/health',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://10.0.0.5/',
  'http://169.254.169.254/latest/meta-data/',
  'http://[fe80::1]/',
  'http://0.0.0.0/',
])('saving %s is refused', async (url) => {
  await expect(saveAsAdmin(url)).rejects.toMatchObject({ status: 400 })
})

test('over REST the refusal is a 400 naming the URL field; a public URL saves', async () => {
  const refused = await api('/api/webhooks', {
    method: 'POST',
    as: 'admin',
    json: { name: 'x', url: 'http://192.168.0.10/hook', events: ['article.published'] },
  })
  expect(refused.status).toBe(400)
  expect(JSON.stringify(refused.body)).toMatch(/url/)
  const saved = await api('/api/webhooks', {
    method: 'POST',
    as: 'admin',
    json: { name: 'ok', url: 'https://hooks.example.com/in', events: ['article.published'] },
  })
  expect(saved.status).toBe(201)
})

test('a name that resolves to a loopback address is refused when sending, and not retried', async () => {
  const webhook = await payload.create({
    collection: 'webhooks',
    data: { name: 'rebinding', url: 'https://hooks.example.com/in', events: ['flash.published'] },
  })
  // The name passed the save-time check; now it points at this machine (as `localhost` does).
  await payload.db.updateOne({
    collection: 'webhooks',
    id: webhook.id,
    data: {
      ...webhook,
      url: `http://localhost:${receiver.port}/rebound`,
      events: ['article.published'],
    },
  })
  await payload.delete({ collection: 'webhooks', where: { id: { not_equals: webhook.id } } })
  await makeArticle(payload)
  await runWebhookJobs(payload)

  expect(receiver.received).toHaveLength(0)
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: { webhook: { equals: webhook.id } },
  })
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({ status: 'failed', attempts: 1 })
  expect(docs[0]!.lastError).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/)
  expect(await countDueWebhookJobs(payload)).toBe(0)
})
