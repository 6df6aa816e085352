/**
 * A contributor sees their co-authors' display names (the admin's authors field and 作者 column
 * load them from /api/users) and nothing else of those accounts: no e-mail, roles, profile or
 * timestamps, through the Local API with access control, REST and GraphQL alike, and nothing at
 * all of a reader's account.
 */
import type { Payload, Where } from 'payload'

import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedNewsroomActors, type TNewsroomActors } from '@/tests/helpers/users'
import { sampleBody } from '@/tests/helpers/fixtures'
import type { Article, User } from '@/payload-types'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TNewsroomActors
let article: Article
const { api, signIn } = createRestClient<'contributorA' | 'editor'>(() => server.baseUrl)

/** What the admin needs of a co-author's account, and all a contributor may get. */
const NAME_ONLY = ['displayName', 'id']

/**
 * The keys of an account as answered, less what Payload adds to every account it returns and that
 * tells nothing: the collection's slug, and the sessions list that it empties when access strips
 * it (an array field it refills with []).
 */
function keysOf(account: object): string[] {
  const { collection, sessions, ...rest } = account as Record<string, unknown>
  if (collection !== undefined) expect(collection).toBe('users')
  if (sessions !== undefined) expect(sessions).toEqual([])
  return Object.keys(rest).sort()
}

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedNewsroomActors(payload)
  // The editor has an author page, so the account holds profile fields too.
  await payload.update({
    collection: 'users',
    id: actors.editor.id,
    data: { profileSlug: 'the-editor', bio: '编辑简介' },
    overrideAccess: true,
  })
  article = await payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title: '合写的草稿',
      summary: '摘要',
      body: sampleBody(),
      authors: [actors.contributorA.id, actors.editor.id, actors.contributorB.id],
      _status: 'draft',
    },
    overrideAccess: true,
  })
  server = await startRestServer(context.config)
  await signIn('contributorA', actors.contributorA.email)
  await signIn('editor', actors.editor.email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const asContributorA = () => ({ overrideAccess: false, user: actors.contributorA as User })
const coAuthorIds = () => [actors.editor.id, actors.contributorB.id]

describe('through the Local API with access control', () => {
  test('a contributor reads their co-authors’ display names and nothing else', async () => {
    const found = await payload.find({
      collection: 'users',
      where: { id: { in: coAuthorIds() } },
      depth: 0,
      ...asContributorA(),
    })
    expect(found.docs.map((doc) => doc.displayName).sort()).toEqual(['Contributor B', 'Editor'])
    for (const doc of found.docs) expect(keysOf(doc)).toEqual(NAME_ONLY)
  })

  test('the article’s populated authors carry only names, except the contributor’s own', async () => {
    const read = await payload.findByID({
      collection: 'articles',
      id: article.id,
      draft: true,
      depth: 1,
      ...asContributorA(),
    })
    const authors = (read.authors ?? []) as User[]
    expect(authors.map((author) => author.displayName)).toEqual([
      'Contributor A',
      'Editor',
      'Contributor B',
    ])
    expect(authors[0]?.email).toBe(actors.contributorA.email)
    for (const coAuthor of authors.slice(1)) expect(keysOf(coAuthor)).toEqual(NAME_ONLY)
  })

  test('a contributor reads nothing of a reader’s account', async () => {
    await expect(
      payload.findByID({ collection: 'users', id: actors.readerA.id, ...asContributorA() }),
    ).rejects.toMatchObject({ status: 404 })
    const listed = await payload.find({ collection: 'users', limit: 0, ...asContributorA() })
    expect(listed.docs.map((doc) => doc.id)).not.toContain(actors.readerA.id)
    expect(listed.docs.map((doc) => doc.id)).not.toContain(actors.readerB.id)
  })

  test('a contributor can neither filter nor sort accounts by what they may not read', async () => {
    const probes: ['users' | 'articles', Where][] = [
      ['users', { email: { like: 'editor' } }],
      ['users', { roles: { in: ['editor'] } }],
      ['articles', { 'authors.email': { like: 'editor' } }],
    ]
    for (const [collection, where] of probes) {
      await expect(
        payload.find({ collection, where, draft: true, ...asContributorA() }),
      ).rejects.toMatchObject({ status: 400 })
    }
    await expect(
      payload.find({ collection: 'users', sort: 'email', ...asContributorA() }),
    ).rejects.toMatchObject({ status: 400 })
  })

  test('a contributor still reads all of their own account; the editor all of a co-author’s', async () => {
    const own = await payload.findByID({
      collection: 'users',
      id: actors.contributorA.id,
      ...asContributorA(),
    })
    expect(own).toMatchObject({ email: actors.contributorA.email, roles: ['contributor'] })
    expect(own.createdAt).toEqual(expect.any(String))
    const byEditor = await payload.findByID({
      collection: 'users',
      id: actors.contributorB.id,
      overrideAccess: false,
      user: actors.editor as User,
    })
    expect(byEditor).toMatchObject({ email: actors.contributorB.email, roles: ['contributor'] })
  })
})

describe('over HTTP', () => {
  test('REST answers the contributor what the admin asks for: names only', async () => {
    const ids = coAuthorIds().map(String).join(',')
    const answer = await api(`/api/users?depth=0&draft=true&where[id][in]=${ids}`, {
      as: 'contributorA',
    })
    expect(answer.status).toBe(200)
    expect(answer.body.docs).toHaveLength(2)
    for (const doc of answer.body.docs) expect(keysOf(doc)).toEqual(NAME_ONLY)
    const text = JSON.stringify(answer.body)
    expect(text).not.toContain('editor@test.local')
    expect(text).not.toContain('the-editor')
  })

  test('REST hides a reader’s account from a contributor and refuses a filter on e-mail', async () => {
    const reader = await api(`/api/users/${actors.readerA.id}`, { as: 'contributorA' })
    expect(reader.status).toBe(404)
    const probe = await api('/api/users?where[email][like]=reader', { as: 'contributorA' })
    expect(probe.status).toBe(400)
    expect(JSON.stringify(probe.body)).not.toContain('reader-a@test.local')
  })

  test('GraphQL gives the contributor names, null for the rest, and no reader', async () => {
    const query = `{ Users(limit: 100) { docs { id displayName email roles profileSlug createdAt } } }`
    const answer = await api('/api/graphql', {
      method: 'POST',
      json: { query },
      as: 'contributorA',
    })
    expect(answer.status).toBe(200)
    const docs = answer.body.data.Users.docs as Record<string, unknown>[]
    const names = docs.map((doc) => doc.displayName)
    expect(names).toEqual(expect.arrayContaining(['Editor', 'Contributor B', 'Admin']))
    expect(names).not.toContain('Reader A')
    for (const doc of docs.filter((doc) => doc.displayName !== 'Contributor A')) {
      expect(doc).toMatchObject({ email: null, roles: null, profileSlug: null, createdAt: null })
    }
    const text = JSON.stringify(answer.body)
    expect(text).not.toContain('editor@test.local')
    expect(text).not.toContain('reader-a@test.local')
  })

  test('the editor still gets the co-authors’ whole accounts over REST', async () => {
    const answer = await api(`/api/users/${actors.contributorB.id}`, { as: 'editor' })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ email: 'contributor-b@test.local', roles: ['contributor'] })
  })
})
