/**
 * Webhooks against the production server (`npm start`, two processes): an admin adds a webhook
 * through the REST API, an editor publishes, and a receiver on 127.0.0.1 gets each signed event
 * once, within seconds, from the server's own runner (no test code runs the queue).
 */
import type { Browser } from 'playwright-core'

import { launchChromium } from '@/tests/helpers/browser'
import { demoAccounts } from '@/lib/seed/accounts'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { waitForServerProcesses } from '@/scripts/lib/productionServer'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { loginCookieFor } from '@/tests/helpers/restClient'
import { expectedSignature, startWebhookReceiver } from '@/tests/helpers/webhookReceiver'

let server: TProductionServer
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
let browser: Browser | undefined
const cookies = { admin: '', editor: '' }
/** A second receiver path that fails its first delivery, to see the queue retry it. */
const flaky = { id: 0, secret: '' }

const account = (role: 'admin' | 'editor') =>
  demoAccounts.find((candidate) => candidate.roles[0] === role)!

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  server = await startProductionServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEB_CONCURRENCY: '2' })
  await waitForServerProcesses(server, 2)
  cookies.admin = await loginCookieFor(server.baseUrl, account('admin'))
  cookies.editor = await loginCookieFor(server.baseUrl, account('editor'))
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await receiver?.close()
})

async function as(role: 'admin' | 'editor', path: string, method = 'GET', body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      cookie: cookies[role],
      origin: server.baseUrl,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

async function waitFor(check: () => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

test('an editor publishes and the receiver gets each signed event once, within seconds', async () => {
  const created = await as('admin', '/api/webhooks', 'POST', {
    name: 'e2e receiver',
    url: receiver.url('/e2e'),
    events: ['article.published', 'article.unpublished'],
  })
  expect(created.status).toBe(201)
  const webhook = await as('admin', `/api/webhooks/${created.body.doc.id}`)
  const secret: string = webhook.body.secret
  expect(secret).toMatch(/^[0-9a-f]{64}$/)
  // The secret never shows to an editor, and no one else may even list webhooks.
  expect((await as('editor', `/api/webhooks/${created.body.doc.id}`)).status).toBe(403)

  receiver.behave('/flaky', (attempt) => (attempt === 1 ? 500 : 200))
  const flakyHook = await as('admin', '/api/webhooks', 'POST', {
    name: 'e2e flaky receiver',
    url: receiver.url('/flaky'),
    events: ['article.published'],
  })
  flaky.id = flakyHook.body.doc.id
  flaky.secret = (await as('admin', `/api/webhooks/${flaky.id}`)).body.secret

  const latencies: number[] = []
  const published: { id: number; slug: string }[] = []
  for (let index = 0; index < 4; index++) {
    const startedAt = Date.now()
    const answer = await as('editor', '/api/articles', 'POST', {
      title: `Webhook e2e ${index} ${Date.now()}`,
      summary: '摘要',
      body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
      _status: 'published',
    })
    expect(answer.status).toBe(201)
    published.push({ id: answer.body.doc.id, slug: answer.body.doc.slug })
    await waitFor(() => receiver.at('/e2e').length === index + 1)
    latencies.push(Date.now() - startedAt)
  }
  const unpublished = await as('editor', `/api/articles/${published[0]!.id}`, 'PATCH', {
    _status: 'draft',
  })
  expect(unpublished.status).toBe(200)
  await waitFor(() => receiver.at('/e2e').length === 5)
  // Two processes poll the same queue: still no event arrives twice.
  await new Promise((resolve) => setTimeout(resolve, 2_500))

  const requests = receiver.at('/e2e')
  expect(requests).toHaveLength(5)
  for (const request of requests)
    expect(request.headers['x-newsroom-signature']).toBe(expectedSignature(request.body, secret))
  const events = requests.map((request) => JSON.parse(request.body))
  expect(events.map((event) => event.type)).toEqual([
    ...published.map(() => 'article.published'),
    'article.unpublished',
  ])
  expect(events[0].url).toBe(`${server.baseUrl}/articles/${published[0]!.slug}`)
  expect(new Set(requests.map((request) => request.headers['x-newsroom-event-id'])).size).toBe(5)
  // Publish to delivery, through the server's own runner (polling every second).
  console.log(`webhook publish → delivery: ${latencies.join(', ')} ms`)
  expect(Math.max(...latencies)).toBeLessThan(5_000)

  const log = await as(
    'admin',
    `/api/webhook-deliveries?limit=10&sort=-createdAt&where[webhook][equals]=${created.body.doc.id}`,
  )
  expect(log.body.docs).toHaveLength(5)
  expect(
    log.body.docs.every((delivery: { status: string }) => delivery.status === 'succeeded'),
  ).toBe(true)
  expect((await as('editor', '/api/webhook-deliveries')).status).toBe(403)
})

test('重新发送 in a delivery’s admin page sends it again', async () => {
  const log = await as(
    'admin',
    '/api/webhook-deliveries?limit=1&sort=createdAt&where[status][equals]=succeeded',
  )
  const delivery = log.body.docs[0]
  const before = receiver.at('/e2e').length
  browser = await launchChromium()
  const context = await browser.newContext({ locale: 'zh-CN' })
  const [name, value] = cookies.admin.split(/=(.*)/s)
  await context.addCookies([{ name: name!, value: value!, url: server.baseUrl }])
  const page = await context.newPage()
  await page.goto(`${server.baseUrl}/admin/collections/webhook-deliveries/${delivery.id}`)
  await page.getByRole('button', { name: '重新发送' }).click()
  await page.getByText('已加入发送队列').waitFor()
  await waitFor(() => receiver.at('/e2e').length === before + 1)
  const again = receiver.at('/e2e').at(-1)!
  expect(again.body).toBe(receiver.at('/e2e')[0]!.body)
  await context.close()
})

test('a delivery the receiver refused is retried after its backoff, same bytes and signature', async () => {
  // The first event to /flaky was answered 500 during the first test; the queue's first retry
  // waits 30 s (lib/webhooks/deliveryTask.ts).
  await waitFor(() => receiver.at('/flaky').length === 5, 60_000)
  const requests = receiver.at('/flaky')
  const [refused, ...rest] = requests
  const retried = rest.at(-1)!
  expect(retried.body).toBe(refused!.body)
  expect(retried.headers['x-newsroom-event-id']).toBe(refused!.headers['x-newsroom-event-id'])
  expect(retried.headers['x-newsroom-signature']).toBe(
    expectedSignature(retried.body, flaky.secret),
  )
  const log = await as(
    'admin',
    `/api/webhook-deliveries?where[webhook][equals]=${flaky.id}&where[attempts][equals]=2`,
  )
  expect(log.body.docs).toHaveLength(1)
  expect(log.body.docs[0]).toMatchObject({ status: 'succeeded', attempts: 2 })
})
