/**
 * Scheduled publishing: a due `schedulePublish` job is carried out through /api/payload-jobs/run
 * (inside a request, so the article hooks can revalidate the portal's cache), and only the
 * server's own runner or an admin may run the queue.
 */
import type { Payload } from 'payload'

import { countDueJobs } from '@/lib/jobs/dueJobs'
import { runDueJobs } from '@/lib/jobs/runner'
import { jobsRunToken } from '@/lib/jobs/runToken'
import { pendingSchedules } from '@/lib/admin/scheduledPublishing'
import { scheduleArticleStatus } from '@/tests/helpers/schedulePublish'
import { makeArticle } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'

type TActor = 'readerA' | 'editor' | 'admin'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors

const { api, signIn } = createRestClient<TActor>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['readerA', 'editor', 'admin'] as const) await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

async function statusOf(id: number | string) {
  const article = await payload.findByID({ collection: 'articles', id, draft: true })
  return article._status
}

/** Leaves nothing due behind for the next test. */
afterEach(async () => {
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

test('a draft scheduled for a past moment is published by the next run, then nothing is due', async () => {
  const draft = await makeArticle(payload, { status: 'draft' })
  await scheduleArticleStatus(payload, { articleId: draft.id, at: new Date(Date.now() - 1000) })
  expect(await countDueJobs(payload)).toBe(1)

  expect(await runDueJobs(payload, server.baseUrl)).toBe(1)

  expect(await statusOf(draft.id)).toBe('published')
  expect(await countDueJobs(payload)).toBe(0)
})

test('a scheduled unpublish takes a live article off the portal', async () => {
  const live = await makeArticle(payload)
  await scheduleArticleStatus(payload, {
    articleId: live.id,
    at: new Date(Date.now() - 1000),
    type: 'unpublish',
  })
  await runDueJobs(payload, server.baseUrl)
  expect(await statusOf(live.id)).toBe('draft')
})

test('a job due later is left alone and costs no request', async () => {
  const draft = await makeArticle(payload, { status: 'draft' })
  await scheduleArticleStatus(payload, { articleId: draft.id, at: new Date(Date.now() + 3600_000) })
  expect(await countDueJobs(payload)).toBe(0)
  // An origin nobody listens on: a request would throw.
  expect(await runDueJobs(payload, 'http://127.0.0.1:9')).toBe(0)
  expect(await statusOf(draft.id)).toBe('draft')
})

test("the admin list's 定时 column: each waiting publish or unpublish by article, gone once carried out", async () => {
  const draft = await makeArticle(payload, { status: 'draft' })
  const live = await makeArticle(payload)
  const unscheduled = await makeArticle(payload, { status: 'draft' })
  const later = new Date(Date.now() + 3600_000)
  await scheduleArticleStatus(payload, { articleId: draft.id, at: later })
  await scheduleArticleStatus(payload, { articleId: live.id, at: later, type: 'unpublish' })

  const waiting = await pendingSchedules(payload, 'articles')
  expect(waiting.get(String(draft.id))).toEqual({ at: later.toISOString(), type: 'publish' })
  expect(waiting.get(String(live.id))).toEqual({ at: later.toISOString(), type: 'unpublish' })
  expect(waiting.has(String(unscheduled.id))).toBe(false)
  expect((await pendingSchedules(payload, 'flashes')).size).toBe(0)

  // Due now: the runner carries it out, and the column no longer shows it.
  await payload.update({
    collection: 'payload-jobs',
    where: { id: { exists: true } },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })
  await runDueJobs(payload, server.baseUrl)
  expect(await statusOf(draft.id)).toBe('published')
  expect((await pendingSchedules(payload, 'articles')).size).toBe(0)
})

describe('who may run the queue', () => {
  test.each([
    ['an anonymous visitor', undefined],
    ['a reader', 'readerA'],
    ['an editor', 'editor'],
  ] as const)('%s is refused and the scheduled draft stays a draft', async (_, actor) => {
    const draft = await makeArticle(payload, { status: 'draft' })
    await scheduleArticleStatus(payload, { articleId: draft.id, at: new Date(Date.now() - 1000) })
    const response = await api('/api/payload-jobs/run', { as: actor })
    expect(response.status).toBe(401)
    expect(await statusOf(draft.id)).toBe('draft')
  })

  test('a wrong run token is refused; an admin may run it by hand', async () => {
    const draft = await makeArticle(payload, { status: 'draft' })
    await scheduleArticleStatus(payload, { articleId: draft.id, at: new Date(Date.now() - 1000) })
    const wrong = await api('/api/payload-jobs/run', {
      headers: { authorization: `Bearer ${jobsRunToken('another-secret-0123456789')}` },
    })
    expect(wrong.status).toBe(401)
    expect(await statusOf(draft.id)).toBe('draft')

    const byAdmin = await api('/api/payload-jobs/run', { as: 'admin' })
    expect(byAdmin.status).toBe(200)
    expect(await statusOf(draft.id)).toBe('published')
  })
})

test('only editors and admins may queue a scheduled publish', async () => {
  const draft = await makeArticle(payload, { status: 'draft' })
  const asUser = (user: unknown) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: new Date(Date.now() + 60_000),
      overrideAccess: false,
      req: { user, payload } as never,
    })
  await expect(asUser({ ...actors.readerA, collection: 'users' })).rejects.toThrow()
  await expect(asUser({ ...actors.editor, collection: 'users' })).resolves.toBeTruthy()
})
