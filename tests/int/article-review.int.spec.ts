/**
 * Contributors and the review workflow over real HTTP, as a contributor with a script would try
 * it: every way Payload offers to publish (REST create and update, bulk update, GraphQL, restoring
 * a published version, duplicating, the jobs API) is refused for a contributor, their drafts stay
 * theirs, and 提交审核 → 退回 with a note → edit → 提交审核 → 发布 moves the review state as the
 * editor and the author see it (POST /api/articles/:id/review), into the audit log.
 */
import type { Payload } from 'payload'

import type { Article } from '@/payload-types'
import { makeArticle, pngFile, sampleBody } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedNewsroomActors, type TNewsroomActors } from '@/tests/helpers/users'

type TSignedIn = 'contributorA' | 'contributorB' | 'editor' | 'readerA'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TNewsroomActors
const { api, signIn, cookieOf } = createRestClient<TSignedIn>(() => server.baseUrl, {
  eachCallAnotherClient: true,
})

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedNewsroomActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['contributorA', 'contributorB', 'editor', 'readerA'] as const)
    await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const draftBody = (title: string) => ({
  title,
  summary: '撰稿人的摘要',
  body: sampleBody(),
  _status: 'draft',
})

/** A new draft written by contributor A over REST, as the admin's 保存草稿 does. */
async function draftOfContributorA(title = `撰稿 ${Date.now()} ${Math.random()}`) {
  const answer = await api('/api/articles?draft=true&depth=0', {
    method: 'POST',
    as: 'contributorA',
    json: draftBody(title),
  })
  expect(answer.status).toBe(201)
  return answer.body.doc as Article
}

/** The article as the system sees it: its latest version, and whether any version is published. */
async function stateOf(id: number) {
  const latest = await payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  const published = await payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    overrideAccess: true,
  })
  return { latest, everPublished: published.totalDocs > 0 }
}

const review = (id: number, as: TSignedIn | undefined, json: unknown) =>
  api(`/api/articles/${id}/review`, { method: 'POST', ...(as ? { as } : {}), json })

describe('co-authors', () => {
  /** A draft the desk gave two contributors, A first. */
  async function coAuthoredDraft() {
    const answer = await api('/api/articles?draft=true&depth=0', {
      method: 'POST',
      as: 'editor',
      json: {
        ...draftBody(`合写 ${Date.now()}`),
        authors: [actors.contributorA.id, actors.contributorB.id],
      },
    })
    expect(answer.status).toBe(201)
    return answer.body.doc as Article
  }

  test('the second author edits and submits; the byline names both in order', async () => {
    const draft = await coAuthoredDraft()
    expect(draft.byline).toBe('Contributor A、Contributor B')
    const edited = await api(`/api/articles/${draft.id}?draft=true&depth=0`, {
      method: 'PATCH',
      as: 'contributorB',
      json: { title: 'B 改过的标题' },
    })
    expect(edited.status).toBe(200)
    expect((await review(draft.id, 'contributorB', { action: 'submit' })).status).toBe(200)
    expect((await stateOf(draft.id)).latest).toMatchObject({
      title: 'B 改过的标题',
      reviewState: 'submitted',
    })
  })

  test('a co-author can neither take themselves off nor add anyone', async () => {
    const draft = await coAuthoredDraft()
    for (const authors of [
      [actors.contributorA.id],
      [actors.contributorB.id, actors.contributorA.id],
      [actors.contributorA.id, actors.contributorB.id, actors.editor.id],
    ]) {
      const answer = await api(`/api/articles/${draft.id}?draft=true&depth=0`, {
        method: 'PATCH',
        as: 'contributorB',
        json: { authors },
      })
      expect(answer.status).toBe(200)
      expect(answer.body.doc.authors).toEqual([actors.contributorA.id, actors.contributorB.id])
    }
    expect((await stateOf(draft.id)).latest.authors).toEqual([
      actors.contributorA.id,
      actors.contributorB.id,
    ])
  })
})

describe('a contributor writes drafts and cannot publish them', () => {
  test('a draft of their own is created with them as author; a body naming the editor is refused', async () => {
    const draft = await draftOfContributorA()
    expect(draft.authors).toEqual([actors.contributorA.id])
    expect(draft._status).toBe('draft')
    expect(draft.byline).toBe('Contributor A')

    const forAnother = await api('/api/articles?draft=true', {
      method: 'POST',
      as: 'contributorA',
      json: { ...draftBody('代编辑写'), authors: [actors.editor.id] },
    })
    expect(forAnother.status).toBe(403)
    const withAnother = await api('/api/articles?draft=true', {
      method: 'POST',
      as: 'contributorA',
      json: { ...draftBody('合写'), authors: [actors.contributorA.id, actors.contributorB.id] },
    })
    expect(withAnother.status).toBe(403)
  })

  test('creating it published is a 403 and leaves nothing', async () => {
    const title = `直接发布 ${Date.now()}`
    const answer = await api('/api/articles', {
      method: 'POST',
      as: 'contributorA',
      json: { ...draftBody(title), _status: 'published' },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.errors?.[0]?.message).toBeTruthy()
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { title: { equals: title } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  test('PATCH with _status published, alone or in bulk, is a 403 and the draft stays a draft', async () => {
    const draft = await draftOfContributorA()
    for (const query of ['', '?draft=false', '?draft=true']) {
      const answer = await api(`/api/articles/${draft.id}${query}`, {
        method: 'PATCH',
        as: 'contributorA',
        json: { _status: 'published' },
      })
      expect(answer.status).toBe(403)
    }
    const bulk = await api(`/api/articles?where[id][equals]=${draft.id}`, {
      method: 'PATCH',
      as: 'contributorA',
      json: { _status: 'published' },
    })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    expect((await stateOf(draft.id)).everPublished).toBe(false)
  })

  test('a save without ?draft and without _status leaves a draft', async () => {
    const draft = await draftOfContributorA()
    const answer = await api(`/api/articles/${draft.id}`, {
      method: 'PATCH',
      as: 'contributorA',
      json: { title: '不带状态的保存' },
    })
    expect(answer.status).toBe(200)
    const { latest, everPublished } = await stateOf(draft.id)
    expect(latest._status).toBe('draft')
    expect(everPublished).toBe(false)
  })

  test('a save without ?draft over a draft on their published article leaves it live', async () => {
    const draft = await draftOfContributorA()
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    // An editor's draft on top of the live article: the latest version is a draft again.
    await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { title: '编辑的修改稿' },
      overrideAccess: true,
    })
    const answer = await api(`/api/articles/${draft.id}`, {
      method: 'PATCH',
      as: 'contributorA',
      json: { title: '撰稿人的修改' },
    })
    expect(answer.status).toBe(200)
    const live = await api(`/api/articles/${draft.id}?depth=0`)
    expect(live.status).toBe(200)
    expect(live.body._status).toBe('published')
    expect(live.body.title).toBe(draft.title)
  })

  test('GraphQL updateArticle to published is refused (the editor’s same mutation publishes)', async () => {
    const mutation = (id: number) =>
      `mutation { updateArticle(id: ${id}, data: { _status: published }) { id _status } }`
    const draft = await draftOfContributorA()
    const refused = await api('/api/graphql', {
      method: 'POST',
      as: 'contributorA',
      json: { query: mutation(draft.id) },
    })
    expect(refused.body.errors?.[0]?.message).toMatch(/not allowed|无权|没有权限|不允许/i)
    expect((await stateOf(draft.id)).everPublished).toBe(false)

    const byEditor = await api('/api/graphql', {
      method: 'POST',
      as: 'editor',
      json: { query: mutation(draft.id) },
    })
    expect(byEditor.body.data?.updateArticle?._status).toBe('published')
  })

  test('restoring a published version of their own article is refused', async () => {
    const draft = await draftOfContributorA()
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    // The author's later draft over it: restoring the published version would publish it again.
    await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { title: '发布后的草稿' },
      overrideAccess: true,
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: draft.id } }, { 'version._status': { equals: 'published' } }],
      },
      limit: 1,
      overrideAccess: true,
    })
    const answer = await api(`/api/articles/versions/${docs[0]!.id}`, {
      method: 'POST',
      as: 'contributorA',
    })
    expect(answer.status).toBe(403)
  })

  test('duplicating a published article gives at most a draft of their own', async () => {
    const published = await makeArticle(payload, { title: `可复制 ${Date.now()}` })
    const answer = await api(`/api/articles/${published.id}/duplicate?depth=0`, {
      method: 'POST',
      as: 'contributorA',
      json: {},
    })
    if (answer.status < 400) {
      const copy = answer.body.doc as Article
      expect(copy._status).toBe('draft')
      expect(copy.authors).toEqual([actors.contributorA.id])
      expect((await stateOf(copy.id)).everPublished).toBe(false)
    } else {
      expect(answer.status).toBe(403)
    }
  })

  test('the jobs API queues and runs nothing for them', async () => {
    const draft = await draftOfContributorA()
    const queued = await api('/api/payload-jobs', {
      method: 'POST',
      as: 'contributorA',
      json: {
        taskSlug: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'articles', value: String(draft.id) } },
        waitUntil: new Date(Date.now() - 1000).toISOString(),
      },
    })
    expect(queued.status).toBe(403)
    const run = await api('/api/payload-jobs/run', { method: 'GET', as: 'contributorA' })
    expect(run.status).toBeGreaterThanOrEqual(400)
    expect(run.status).toBeLessThan(500)
    expect((await stateOf(draft.id)).everPublished).toBe(false)
  })
})

describe('a contributor’s drafts are theirs alone', () => {
  test('another contributor neither lists, reads, edits, deletes nor submits them', async () => {
    const draft = await draftOfContributorA(`A 的私稿 ${Date.now()}`)
    const list = await api('/api/articles?draft=true&limit=100&depth=0', { as: 'contributorB' })
    expect(list.status).toBe(200)
    const ids = (list.body.docs as Article[]).map((doc) => doc.id)
    expect(ids).not.toContain(draft.id)
    // Drafts they see are those they are an author of (the co-authored ones above).
    const theirs = (doc: Article) => (doc.authors ?? []).includes(actors.contributorB.id)
    expect(
      (list.body.docs as Article[]).every((doc) => doc._status === 'published' || theirs(doc)),
    ).toBe(true)

    const read = await api(`/api/articles/${draft.id}?draft=true`, { as: 'contributorB' })
    expect(read.status).toBe(404)
    const edit = await api(`/api/articles/${draft.id}?draft=true`, {
      method: 'PATCH',
      as: 'contributorB',
      json: { title: '篡改' },
    })
    expect([403, 404]).toContain(edit.status)
    const removed = await api(`/api/articles/${draft.id}`, { method: 'DELETE', as: 'contributorB' })
    expect([403, 404]).toContain(removed.status)
    expect((await review(draft.id, 'contributorB', { action: 'submit' })).status).toBe(404)
    // What they can see of others' work is published, and not theirs to submit.
    const published = await makeArticle(payload)
    expect((await review(published.id, 'contributorB', { action: 'submit' })).status).toBe(403)
    expect((await stateOf(draft.id)).latest.title).toBe(draft.title)
  })

  test('they cannot delete the editor’s article, and may delete their own draft', async () => {
    const editors = await makeArticle(payload)
    const refused = await api(`/api/articles/${editors.id}`, {
      method: 'DELETE',
      as: 'contributorA',
    })
    expect([403, 404]).toContain(refused.status)
    const own = await draftOfContributorA()
    const removed = await api(`/api/articles/${own.id}`, { method: 'DELETE', as: 'contributorA' })
    expect(removed.status).toBe(200)
  })

  test('an image they upload is theirs: contributor B cannot read it before it is public', async () => {
    const form = new FormData()
    form.append('file', new Blob([(await pngFile()).data], { type: 'image/png' }), 'a.png')
    form.append('_payload', JSON.stringify({ alt: '撰稿人上传', uploadedBy: actors.editor.id }))
    const upload = await api('/api/media?depth=0', {
      method: 'POST',
      as: 'contributorA',
      body: form,
    })
    expect(upload.status).toBe(201)
    expect(String(upload.body.doc.uploadedBy)).toBe(String(actors.contributorA.id))
    const id = upload.body.doc.id as number
    expect((await api(`/api/media/${id}`, { as: 'contributorA' })).status).toBe(200)
    expect((await api(`/api/media/${id}`, { as: 'contributorB' })).status).toBe(404)
  })

  test('they may open the admin; readers may not', async () => {
    const contributor = await api('/api/access', { as: 'contributorA' })
    expect(contributor.body.canAccessAdmin).toBe(true)
    const reader = await api('/api/access', { as: 'readerA' })
    expect(reader.body.canAccessAdmin ?? false).toBe(false)
  })
})

describe('提交审核 → 退回 → 提交审核 → 发布', () => {
  test('the whole round, as the author and the editor see it, with the audit log', async () => {
    const started = new Date()
    const draft = await draftOfContributorA(`审核流程 ${Date.now()}`)
    const queue = async () => {
      const answer = await api(
        '/api/articles?draft=true&depth=0&limit=100&where[reviewState][equals]=submitted',
        { as: 'editor' },
      )
      return (answer.body.docs as Article[]).map((doc) => doc.id)
    }
    const asAuthor = async () =>
      (await api(`/api/articles/${draft.id}?draft=true&depth=0`, { as: 'contributorA' }))
        .body as Article

    const submitted = await review(draft.id, 'contributorA', { action: 'submit' })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ reviewState: 'submitted', reviewNote: null })
    expect(await queue()).toContain(draft.id)
    expect((await review(draft.id, 'contributorA', { action: 'submit' })).status).toBe(409)

    // Only staff return, and only with a note.
    expect(
      (await review(draft.id, 'contributorA', { action: 'return', note: '自己退' })).status,
    ).toBe(403)
    const noNote = await review(draft.id, 'editor', { action: 'return', note: '   ' })
    expect(noNote.status).toBe(400)
    expect(noNote.body.error).toMatch(/说明|note/)
    const returned = await review(draft.id, 'editor', {
      action: 'return',
      note: '请补充数据来源链接',
    })
    expect(returned.status).toBe(200)
    expect(await queue()).not.toContain(draft.id)
    expect(await asAuthor()).toMatchObject({
      reviewState: 'returned',
      reviewNote: '请补充数据来源链接',
    })

    // The author edits: the note stays until they submit again; a body cannot change the state.
    const edited = await api(`/api/articles/${draft.id}?draft=true&depth=0`, {
      method: 'PATCH',
      as: 'contributorA',
      json: {
        title: `${draft.title} 已补充`,
        source: { name: 'CoinDesk', url: 'https://www.coindesk.com/' },
        reviewState: 'submitted',
        reviewNote: null,
      },
    })
    expect(edited.status).toBe(200)
    expect(await asAuthor()).toMatchObject({
      reviewState: 'returned',
      reviewNote: '请补充数据来源链接',
    })
    const again = await review(draft.id, 'contributorA', { action: 'submit' })
    expect(again.body).toMatchObject({ reviewState: 'submitted', reviewNote: null })
    expect(await queue()).toContain(draft.id)

    // The editor publishes with Payload's own save: the review is over.
    const published = await api(`/api/articles/${draft.id}?depth=0`, {
      method: 'PATCH',
      as: 'editor',
      json: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.body.doc).toMatchObject({
      _status: 'published',
      reviewState: null,
      reviewNote: null,
    })
    expect(await queue()).not.toContain(draft.id)
    const forVisitors = await api(`/api/articles/${draft.id}?depth=0`)
    expect(forVisitors.status).toBe(200)
    expect(forVisitors.body.title).toBe(`${draft.title} 已补充`)
    expect(forVisitors.body).not.toHaveProperty('reviewState')
    expect(forVisitors.body).not.toHaveProperty('reviewNote')

    // Published, it is the desk's: the author can neither edit nor resubmit it.
    const late = await api(`/api/articles/${draft.id}?draft=true`, {
      method: 'PATCH',
      as: 'contributorA',
      json: { title: '发布后偷改' },
    })
    expect(late.status).toBe(403)
    expect((await review(draft.id, 'contributorA', { action: 'submit' })).status).toBe(409)

    const { docs: events } = await payload.find({
      collection: 'audit-events',
      // SQLite hands a deleted row's id to the next row: an earlier test's article may share it.
      where: {
        and: [
          { targetId: { equals: String(draft.id) } },
          { createdAt: { greater_than_equal: started.toISOString() } },
        ],
      },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
    const trail = events
      .filter((event) => event.targetCollection === 'articles')
      .map((event) => [event.action, event.actor, event.details])
    expect(trail).toEqual([
      ['article.submitted', actors.contributorA.id, null],
      ['article.returned', actors.editor.id, { note: '请补充数据来源链接' }],
      ['article.submitted', actors.contributorA.id, null],
      ['article.published', actors.editor.id, expect.objectContaining({ firstTime: true })],
    ])
  })

  test('refusals: not signed in 401, a reader 403, bad bodies 400, an impossible id 404', async () => {
    const draft = await draftOfContributorA()
    expect((await review(draft.id, undefined, { action: 'submit' })).status).toBe(401)
    expect((await review(draft.id, 'readerA', { action: 'submit' })).status).toBe(403)
    for (const body of [
      { action: 'publish' },
      { action: 'submit', note: 'x' },
      { action: 'return' },
      { action: 'return', note: 'x'.repeat(1001) },
      [],
      'submit',
    ]) {
      const answer = await review(draft.id, 'editor', body)
      expect(answer.status).toBe(400)
      expect(typeof answer.body.error).toBe('string')
    }
    const notJson = await api(`/api/articles/${draft.id}/review`, {
      method: 'POST',
      as: 'editor',
      headers: { 'content-type': 'application/json' },
      body: '{"action":',
    })
    expect(notJson.status).toBe(400)
    expect((await review(999_999, 'editor', { action: 'submit' })).status).toBe(404)
    const impossible = await api('/api/articles/abc/review', {
      method: 'POST',
      as: 'editor',
      json: { action: 'submit' },
    })
    expect(impossible.status).toBe(404)
    expect((await stateOf(draft.id)).latest.reviewState ?? null).toBeNull()
  })

  test('a login cookie sent without the site’s Origin counts for nothing (CSRF)', async () => {
    const draft = await draftOfContributorA()
    const answer = await fetch(`${server.baseUrl}/api/articles/${draft.id}/review`, {
      method: 'POST',
      headers: {
        cookie: cookieOf('editor'),
        origin: 'https://attacker.example',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ action: 'submit' }),
    })
    expect(answer.status).toBe(401)
  })
})
