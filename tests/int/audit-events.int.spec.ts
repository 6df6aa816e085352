/**
 * The audit log (collection audit-events): logins over REST, role changes, account deletion and
 * the publishing of articles and 快讯 are recorded with who and when; admins read it, nobody can
 * write or tidy it, passwords never reach it, and old events are pruned after the retention.
 */
import type { Payload } from 'payload'

import { resetAuditPruneClock } from '@/lib/audit/record'
import type { AuditEvent } from '@/payload-types'
import { makeArticle, makeFlash } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, TEST_PASSWORD, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, login, signIn } = createRestClient<'admin' | 'editor'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  await signIn('admin', actors.admin.email)
  await signIn('editor', actors.editor.email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

/** The events about one target (newest first), as an admin would filter the list. */
async function eventsFor(
  targetCollection: string,
  targetId: number | string,
  since = new Date(0),
): Promise<AuditEvent[]> {
  const { docs } = await payload.find({
    collection: 'audit-events',
    where: {
      and: [
        { targetCollection: { equals: targetCollection } },
        { targetId: { equals: String(targetId) } },
        // SQLite hands a deleted row's id to the next row: an earlier test's article may share it.
        { createdAt: { greater_than_equal: since.toISOString() } },
      ],
    },
    sort: '-createdAt',
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })
  return docs
}

const actionsOf = (events: AuditEvent[]) => events.map((event) => event.action).reverse()

describe('logins', () => {
  test('a REST login is recorded with the account and the client address', async () => {
    const answer = await api('/api/users/login', {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.7' },
      json: { email: actors.editor.email, password: TEST_PASSWORD },
    })
    expect(answer.status).toBe(200)
    const [event] = await eventsFor('users', actors.editor.id)
    expect(event).toMatchObject({
      action: 'login.succeeded',
      actor: actors.editor.id,
      actorEmail: actors.editor.email,
      clientAddress: '203.0.113.7',
    })
  })

  test('a failed login is recorded by the address tried, never with the password', async () => {
    const wrong = 'not-the-password-4711'
    expect((await login('someone@test.local', wrong)).status).toBe(401)
    expect((await login(actors.readerA.email, wrong)).status).toBe(401)
    // A password typed into the address field is not written down either.
    expect((await login('hunter2-secret-typed-here', wrong)).status).toBe(401)
    const { docs } = await payload.find({
      collection: 'audit-events',
      where: { action: { equals: 'login.failed' } },
      limit: 10,
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.map((event) => event.actorEmail ?? '(none)').sort()).toEqual(
      ['(none)', 'someone@test.local', actors.readerA.email].sort(),
    )
    const everything = JSON.stringify(
      (await payload.find({ collection: 'audit-events', limit: 0, overrideAccess: true })).docs,
    )
    expect(everything).not.toContain(wrong)
    expect(everything).not.toContain(TEST_PASSWORD)
    expect(everything).not.toContain('hunter2-secret-typed-here')
  })
})

describe('accounts', () => {
  test('an admin changing roles is recorded with the roles before and after', async () => {
    const account = await payload.create({
      collection: 'users',
      data: { email: 'promoted@test.local', password: TEST_PASSWORD, displayName: '升职' },
      overrideAccess: true,
    })
    expect(await eventsFor('users', account.id)).toEqual([]) // a new reader is no role change
    const answer = await api(`/api/users/${account.id}`, {
      method: 'PATCH',
      as: 'admin',
      json: { roles: ['editor'] },
    })
    expect(answer.status).toBe(200)
    const [event] = await eventsFor('users', account.id)
    expect(event).toMatchObject({
      action: 'user.roles-changed',
      actor: actors.admin.id,
      details: { before: ['reader'], after: ['editor'] },
    })
    // Another save that leaves the roles as they are adds nothing.
    await api(`/api/users/${account.id}`, {
      method: 'PATCH',
      as: 'admin',
      json: { displayName: '改名' },
    })
    expect(await eventsFor('users', account.id)).toHaveLength(1)
  })

  test('deleting an account is recorded with its address', async () => {
    const account = await payload.create({
      collection: 'users',
      data: { email: 'leaving@test.local', password: TEST_PASSWORD, displayName: '离开' },
      overrideAccess: true,
    })
    expect((await api(`/api/users/${account.id}`, { method: 'DELETE', as: 'admin' })).status).toBe(
      200,
    )
    const [event] = await eventsFor('users', account.id)
    expect(event).toMatchObject({
      action: 'user.deleted',
      actor: actors.admin.id,
      targetLabel: 'leaving@test.local',
    })
  })
})

describe('publishing', () => {
  test('publish, a draft over the live version, unpublish and delete of an article', async () => {
    const created = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: {
        title: '审计测试 audit',
        summary: '摘要',
        _status: 'published',
        body: (await makeArticle(payload, { status: 'draft' })).body,
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    // A draft saved over the published version is not an unpublish.
    const draft = await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      as: 'editor',
      json: { title: '审计测试 草稿' },
    })
    expect(draft.status).toBe(200)
    expect(actionsOf(await eventsFor('articles', id))).toEqual(['article.published'])
    const unpublished = await api(`/api/articles/${id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    await api(`/api/articles/${id}`, { method: 'DELETE', as: 'admin' })
    const events = await eventsFor('articles', id)
    expect(actionsOf(events)).toEqual([
      'article.published',
      'article.unpublished',
      'article.deleted',
    ])
    expect(events.map((event) => event.actor).reverse()).toEqual([
      actors.editor.id,
      actors.editor.id,
      actors.admin.id,
    ])
    expect(events[0]?.targetLabel).toBe(created.body.doc.slug)
  })

  test('a draft that was never published records nothing', async () => {
    const since = new Date()
    const article = await makeArticle(payload, { status: 'draft' })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: '仍是草稿' },
      overrideAccess: true,
    })
    expect(await eventsFor('articles', article.id, since)).toEqual([])
  })

  test('快讯 publish and delete', async () => {
    const flash = await makeFlash(payload)
    await payload.delete({ collection: 'flashes', id: flash.id, overrideAccess: true })
    expect(actionsOf(await eventsFor('flashes', flash.id))).toEqual([
      'flash.published',
      'flash.deleted',
    ])
  })

  test('scheduling (the admin’s 安排发布 queues a job) is recorded with its time', async () => {
    const article = await makeArticle(payload, { status: 'draft' })
    const at = new Date(Date.now() + 60 * 60 * 1000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: at,
      input: {
        type: 'publish',
        // As Payload's admin queues it: the id as a string (payload#10481).
        doc: { relationTo: 'articles', value: String(article.id) as unknown as number },
        user: { relationTo: 'users', value: actors.editor.id },
      },
    })
    const [event] = await eventsFor('articles', article.id)
    expect(event).toMatchObject({
      action: 'article.scheduled',
      actor: actors.editor.id,
      targetLabel: article.slug,
      details: { kind: 'publish', at: at.toISOString() },
    })
  })
})

describe('who may read and change it', () => {
  test('admins read it over REST; editors cannot; nobody writes, edits or deletes', async () => {
    const listed = await api('/api/audit-events?limit=5', { as: 'admin' })
    expect(listed.status).toBe(200)
    expect(listed.body.totalDocs).toBeGreaterThan(0)
    expect((await api('/api/audit-events', { as: 'editor' })).status).toBe(403)
    expect((await api('/api/audit-events')).status).toBe(403)
    const id = listed.body.docs[0].id
    const forged = await api('/api/audit-events', {
      method: 'POST',
      as: 'admin',
      json: { action: 'login.succeeded' },
    })
    expect(forged.status).toBe(403)
    const edited = await api(`/api/audit-events/${id}`, {
      method: 'PATCH',
      as: 'admin',
      json: { targetLabel: 'tidied' },
    })
    expect(edited.status).toBe(403)
    expect((await api(`/api/audit-events/${id}`, { method: 'DELETE', as: 'admin' })).status).toBe(
      403,
    )
  })
})

describe('retention', () => {
  test('events older than AUDIT_RETENTION_DAYS are pruned, younger ones are kept', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
    const stamp = async (days: number) => {
      const event = await payload.create({
        collection: 'audit-events',
        data: {
          action: 'article.deleted',
          targetCollection: 'articles',
          targetId: `retention-${days}`,
        },
        overrideAccess: true,
      })
      await payload.db.updateOne({
        collection: 'audit-events',
        id: event.id,
        data: { createdAt: daysAgo(days) },
      })
    }
    await stamp(100)
    await stamp(400)
    resetAuditPruneClock()
    await makeFlash(payload) // any recorded event prunes (at most hourly)
    expect(await eventsFor('articles', 'retention-100')).toHaveLength(1)
    expect(await eventsFor('articles', 'retention-400')).toHaveLength(0)
  })
})
