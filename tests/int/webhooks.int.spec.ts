/**
 * Webhooks end to end inside one process: publishing hooks queue deliveries, the webhooks queue
 * (run here as the server's runner runs it) POSTs signed events to a real receiver on 127.0.0.1,
 * retries with backoff, and logs each delivery. WEBHOOK_ALLOW_PRIVATE_URLS=true so that the
 * loopback receiver is allowed (tests/int/webhook-private-urls.int.spec.ts covers the refusals).
 */
import type { Payload } from 'payload'

import { makeArticle, makeFlash, sampleBody } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { expectedSignature, startWebhookReceiver } from '@/tests/helpers/webhookReceiver'
import { countDueWebhookJobs } from '@/lib/webhooks/cleanup'
import { runWebhookJobs } from '@/lib/webhooks/runner'
import type { Webhook, WebhookDelivery } from '@/payload-types'

process.env.WEBHOOK_ALLOW_PRIVATE_URLS = 'true'

type TActor = 'admin' | 'editor' | 'readerA'
let context: TTestPayload
let payload: Payload
let actors: TActors
let server: TTestServer
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
const { api, signIn } = createRestClient<TActor>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  receiver = await startWebhookReceiver()
  server = await startRestServer(context.config)
  for (const name of ['admin', 'editor', 'readerA'] as const) await signIn(name, actors[name].email)
})
afterAll(async () => {
  await receiver?.close()
  await server?.close()
  await context?.cleanup()
})

/** Each test's webhooks and deliveries start from nothing. */
afterEach(async () => {
  await payload.delete({ collection: 'webhooks', where: { id: { exists: true } } })
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

let paths = 0
async function makeWebhook(
  events: Webhook['events'],
  options: { active?: boolean; secret?: string } = {},
) {
  paths += 1
  const path = `/hook-${paths}`
  const webhook = await payload.create({
    collection: 'webhooks',
    data: { name: `test ${paths}`, url: receiver.url(path), events, ...options },
  })
  return { webhook, path }
}

/** Runs the webhooks queue until nothing is due, as the server's runner does every second. */
async function deliverAll() {
  for (let round = 0; round < 10 && (await countDueWebhookJobs(payload)) > 0; round++)
    await runWebhookJobs(payload)
}

async function deliveriesOf(webhook: Webhook): Promise<WebhookDelivery[]> {
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: { webhook: { equals: webhook.id } },
    sort: 'createdAt',
    pagination: false,
  })
  return docs
}

const eventsAt = (path: string) =>
  receiver.at(path).map((request) => JSON.parse(request.body) as { type: string })

test('publishing an article delivers a signed article.published event', async () => {
  const { webhook, path } = await makeWebhook(['article.published'])
  expect(webhook.secret).toMatch(/^[0-9a-f]{64}$/)
  const article = await makeArticle(payload)
  // Queued, not sent: the publish itself never waits for a receiver.
  expect(receiver.at(path)).toHaveLength(0)
  await deliverAll()

  const [request] = receiver.at(path)
  expect(request).toBeDefined()
  expect(request!.headers['content-type']).toBe('application/json')
  expect(request!.headers['user-agent']).toBe('Newsroom-Webhooks/1')
  expect(request!.headers['x-newsroom-signature']).toBe(
    expectedSignature(request!.body, webhook.secret!),
  )
  expect(request!.headers['x-newsroom-event-id']).toMatch(/^[0-9a-f-]{36}$/)
  const event = JSON.parse(request!.body)
  expect(Object.keys(event)).toEqual(['type', 'id', 'slug', 'url', 'time'])
  expect(event).toMatchObject({
    type: 'article.published',
    id: String(article.id),
    slug: article.slug,
    url: `http://localhost:3000/articles/${article.slug}`,
  })
  expect(Date.parse(event.time)).not.toBeNaN()

  const [delivery] = await deliveriesOf(webhook)
  expect(delivery).toMatchObject({ status: 'succeeded', attempts: 1, lastStatus: 200 })
})

test('update, unpublish and delete of a live article deliver theirs; a 快讯 too', async () => {
  const { path } = await makeWebhook([
    'article.updated',
    'article.unpublished',
    'article.deleted',
    'flash.published',
    'flash.deleted',
  ])
  const article = await makeArticle(payload)
  await payload.update({ collection: 'articles', id: article.id, data: { title: '改了标题' } })
  await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
  await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
  await payload.delete({ collection: 'articles', id: article.id })
  const flash = await makeFlash(payload)
  await payload.delete({ collection: 'flashes', id: flash.id })
  await deliverAll()

  const events = receiver.at(path).map((request) => JSON.parse(request.body))
  expect(events.map((event) => event.type).sort()).toEqual(
    [
      'article.updated',
      'article.unpublished',
      'article.deleted',
      'flash.published',
      'flash.deleted',
    ].sort(),
  )
  // A deleted article is announced with its last URL; a 快讯's URL is its permalink.
  expect(events.find((event) => event.type === 'article.deleted')?.url).toBe(
    `http://localhost:3000/articles/${article.slug}`,
  )
  expect(events.find((event) => event.type === 'flash.deleted')?.url).toBe(
    `http://localhost:3000/flash/${flash.id}`,
  )
})

test('drafts that change nothing live send nothing, and a republish is an update', async () => {
  const { path } = await makeWebhook([
    'article.published',
    'article.updated',
    'article.unpublished',
    'article.deleted',
  ])
  // A draft that was never live: created, edited, deleted.
  const draft = await makeArticle(payload, { status: 'draft' })
  await payload.update({
    collection: 'articles',
    id: draft.id,
    data: { title: '草稿' },
    draft: true,
  })
  await payload.delete({ collection: 'articles', id: draft.id })
  // A draft (and an autosave) saved over a live article leaves the live one as it was.
  const live = await makeArticle(payload)
  await deliverAll()
  expect(eventsAt(path).map((event) => event.type)).toEqual(['article.published'])
  await payload.update({
    collection: 'articles',
    id: live.id,
    data: { title: '新草稿' },
    draft: true,
  })
  await payload.update({
    collection: 'articles',
    id: live.id,
    data: { title: '自动保存' },
    draft: true,
    autosave: true,
  })
  await deliverAll()
  expect(eventsAt(path).map((event) => event.type)).toEqual(['article.published'])
  // Publishing that draft changes a live article: an update, not a first publish.
  await payload.update({ collection: 'articles', id: live.id, data: { _status: 'published' } })
  await deliverAll()
  expect(eventsAt(path).map((event) => event.type)).toEqual([
    'article.published',
    'article.updated',
  ])
})

test('seeds and bulk jobs (context.disableRevalidate) send nothing', async () => {
  const { path } = await makeWebhook(['article.published'])
  await payload.create({
    collection: 'articles',
    data: { title: '批量 bulk', summary: '摘要', body: sampleBody(), _status: 'published' },
    context: { disableRevalidate: true },
  })
  await deliverAll()
  expect(receiver.at(path)).toHaveLength(0)
  // The same publish without the flag is announced.
  await makeArticle(payload)
  await deliverAll()
  expect(receiver.at(path)).toHaveLength(1)
})

test('an unsubscribed or inactive webhook gets nothing', async () => {
  const unsubscribed = await makeWebhook(['flash.published'])
  const inactive = await makeWebhook(['article.published'], { active: false })
  const subscribed = await makeWebhook(['article.published'])
  await makeArticle(payload)
  await deliverAll()
  expect(receiver.at(unsubscribed.path)).toHaveLength(0)
  expect(receiver.at(inactive.path)).toHaveLength(0)
  expect(await deliveriesOf(inactive.webhook)).toHaveLength(0)
  expect(receiver.at(subscribed.path)).toHaveLength(1)
})

test('a receiver answering 500 once gets a retry after the backoff, and the log shows 2 attempts', async () => {
  const { webhook, path } = await makeWebhook(['article.published'])
  receiver.behave(path, (attempt) => (attempt === 1 ? 500 : 200))
  await makeArticle(payload)
  const startedAt = Date.now()
  await runWebhookJobs(payload)

  const [pending] = await deliveriesOf(webhook)
  expect(pending).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 500 })
  expect(pending!.lastError).toBe('HTTP 500')
  // Not due again at once: the job waits out the backoff (30 s before the second try).
  const { docs: jobs } = await payload.find({ collection: 'payload-jobs', pagination: false })
  const job = jobs.find((candidate) => candidate.taskSlug === 'deliverWebhook')!
  expect(Date.parse(job.waitUntil!) - startedAt).toBeGreaterThanOrEqual(25_000)
  expect(await countDueWebhookJobs(payload)).toBe(0)

  // Time passes: the backoff is over.
  await payload.update({
    collection: 'payload-jobs',
    id: job.id,
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })
  await deliverAll()
  const [done] = await deliveriesOf(webhook)
  expect(done).toMatchObject({ status: 'succeeded', attempts: 2, lastStatus: 200 })
  const [first, second] = receiver.at(path)
  // The same event, byte for byte, with the same id: receivers can de-duplicate.
  expect(second!.body).toBe(first!.body)
  expect(second!.headers['x-newsroom-event-id']).toBe(first!.headers['x-newsroom-event-id'])
})

test('a receiver that never answers does not delay publishing, and times out when sent', async () => {
  const { webhook, path } = await makeWebhook(['article.published'])
  receiver.behave(path, () => 'hang')
  const startedAt = Date.now()
  await makeArticle(payload)
  expect(Date.now() - startedAt).toBeLessThan(1_000)

  const sendStarted = Date.now()
  await runWebhookJobs(payload)
  const took = Date.now() - sendStarted
  expect(took).toBeGreaterThanOrEqual(4_500)
  expect(took).toBeLessThan(8_000)
  const [delivery] = await deliveriesOf(webhook)
  expect(delivery).toMatchObject({ status: 'pending', attempts: 1 })
  expect(delivery!.lastError).toMatch(/no answer within 5000 ms/)
})

test('an answer that redirects is a failure and is not followed', async () => {
  const { webhook, path } = await makeWebhook(['article.published'])
  receiver.behave(path, () => 302)
  await makeArticle(payload)
  await runWebhookJobs(payload)
  const [delivery] = await deliveriesOf(webhook)
  expect(delivery).toMatchObject({ status: 'pending', lastStatus: 302, lastError: 'HTTP 302' })
})

describe('sending again from the admin', () => {
  async function failedDelivery() {
    const made = await makeWebhook(['article.published'])
    receiver.behave(made.path, (attempt) => (attempt === 1 ? 410 : 200))
    await makeArticle(payload)
    await runWebhookJobs(payload)
    const [delivery] = await deliveriesOf(made.webhook)
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    return { ...made, delivery: delivery! }
  }

  test('an admin re-sends a delivery: queued again, delivered, logged', async () => {
    const { webhook, path, delivery } = await failedDelivery()
    const answer = await api(`/api/webhook-deliveries/${delivery.id}/resend`, {
      method: 'POST',
      as: 'admin',
    })
    expect(answer.status).toBe(202)
    await deliverAll()
    expect(receiver.at(path)).toHaveLength(2)
    const [after] = await deliveriesOf(webhook)
    expect(after).toMatchObject({ status: 'succeeded', attempts: 2 })
  })

  test('editors, strangers and other sites cannot; unknown ids are 404', async () => {
    const { path, delivery } = await failedDelivery()
    const resend = (init: Parameters<typeof api>[1]) =>
      api(`/api/webhook-deliveries/${delivery.id}/resend`, { method: 'POST', ...init })
    expect((await resend({ as: 'editor' })).status).toBe(403)
    expect((await resend({ as: 'readerA' })).status).toBe(403)
    expect((await resend({})).status).toBe(401)
    // CSRF: the admin's cookie sent from another site's page is not honoured.
    expect(
      (await resend({ as: 'admin', headers: { origin: 'https://evil.example' } })).status,
    ).toBe(401)
    expect(
      (await api('/api/webhook-deliveries/abc/resend', { method: 'POST', as: 'admin' })).status,
    ).toBe(404)
    expect(
      (await api('/api/webhook-deliveries/999999/resend', { method: 'POST', as: 'admin' })).status,
    ).toBe(404)
    expect(await countDueWebhookJobs(payload)).toBe(0)
    expect(receiver.at(path)).toHaveLength(1)
  })
})

test('the secret is readable by admins only, and emptying it makes a new one', async () => {
  const { webhook } = await makeWebhook(['article.published'], { secret: 'my-own-secret-123' })
  expect(webhook.secret).toBe('my-own-secret-123')
  const asAdmin = await api(`/api/webhooks/${webhook.id}`, { as: 'admin' })
  expect(asAdmin.body.secret).toBe('my-own-secret-123')
  expect((await api(`/api/webhooks/${webhook.id}`, { as: 'editor' })).status).toBe(403)
  expect((await api(`/api/webhooks/${webhook.id}`)).status).toBe(403)
  const renamed = await payload.update({
    collection: 'webhooks',
    id: webhook.id,
    data: { name: 'x' },
  })
  expect(renamed.secret).toBe('my-own-secret-123')
  const rotated = await payload.update({
    collection: 'webhooks',
    id: webhook.id,
    data: { secret: '' },
  })
  expect(rotated.secret).toMatch(/^[0-9a-f]{64}$/)
})

test('deliveries older than 30 days are cleaned up by the queue', async () => {
  const { webhook } = await makeWebhook(['article.published'])
  await makeArticle(payload)
  await makeArticle(payload)
  await deliverAll()
  const [old, recent] = await deliveriesOf(webhook)
  await payload.db.updateOne({
    collection: 'webhook-deliveries',
    id: old!.id,
    data: { createdAt: new Date(Date.now() - 31 * 24 * 3600_000).toISOString() },
  })
  const { queueDeliveryCleanUp } = await import('@/lib/webhooks/cleanup')
  await queueDeliveryCleanUp(payload)
  await deliverAll()
  expect((await deliveriesOf(webhook)).map((delivery) => delivery.id)).toEqual([recent!.id])
})
