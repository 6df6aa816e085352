/**
 * The whole access matrix: {anonymous, reader A, reader B, contributor A, contributor B, editor,
 * admin} × {create, read, update, delete} × every collection, through the Local API with
 * overrideAccess: false, plus the review states of contributors' articles and the ways to
 * schedule a publish. Each cell states who is allowed; everyone else must be refused, so
 * loosening any rule turns a cell red.
 */
import { randomBytes } from 'node:crypto'
import { createLocalReq, docAccessOperation, type Payload } from 'payload'

import {
  makeArticle,
  makeCoin,
  makeFlash,
  makeFlashCategory,
  makeFlashVote,
  makeMedia,
  makeTag,
  pngFile,
  sampleBody,
} from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import {
  seedNewsroomActors,
  type TNewsroomActorName as TActorName,
  type TNewsroomActors,
} from '@/tests/helpers/users'
import { formStateArgsWithAllowedLock, staffOnlySchedulePublish } from '@/lib/admin/serverFunctions'
import type { TReviewState } from '@/lib/review/states'
import type { User } from '@/payload-types'

let context: TTestPayload
let payload: Payload
let actors: TNewsroomActors

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedNewsroomActors(payload)
})
afterAll(async () => context?.cleanup())

const ACTORS: TActorName[] = [
  'anonymous',
  'readerA',
  'readerB',
  'contributorA',
  'contributorB',
  'editor',
  'admin',
]
/** Everyone signed in. */
const SIGNED_IN = ACTORS.filter((actor) => actor !== 'anonymous')
const as = (name: TActorName) => ({ overrideAccess: false, user: actors[name] as User | undefined })

/** Runs one attempt: true if it succeeded, false if refused (403) or hidden (404). */
async function attempt(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw error
  }
}

/** A password set by `actor` the way REST and GraphQL set it: no current password given. */
const setPasswordWithoutCurrent = (account: User, actor: TActorName) =>
  payload.update({
    collection: 'users',
    id: account.id,
    data: { password: `another-password-${actor}` },
    ...as(actor),
  })

/** Sets an account's author page slug as `actor`; a value silently dropped counts as refused. */
async function setProfileSlug(account: User, profileSlug: string, actor: TActorName) {
  const updated = await payload.update({
    collection: 'users',
    id: account.id,
    data: { profileSlug },
    ...as(actor),
  })
  if (updated.profileSlug !== profileSlug)
    throw Object.assign(new Error('dropped'), { status: 403 })
  return updated
}

/**
 * An account as read, refused unless it holds more than its id and display name (Payload adds the
 * collection's slug to every account, and an emptied sessions list when access strips it).
 */
function beyondDisplayName(account: User): User {
  const {
    id: _id,
    displayName: _name,
    collection,
    sessions,
    ...rest
  } = account as User & {
    collection?: unknown
  }
  const told = Object.entries(rest).filter(([, value]) => value !== undefined)
  if (collection !== undefined && collection !== 'users') return account
  if (told.length === 0 && (sessions === undefined || sessions?.length === 0)) throw dropped()
  return account
}

/** A query Payload refuses as invalid for this user (400: a field they may not read) is a refusal. */
async function refusedOnBadQuery(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run()
  } catch (error) {
    if ((error as { status?: number }).status === 400) throw dropped()
    throw error
  }
}

type TCell = { action: string; allowed: TActorName[]; run: (actor: TActorName) => Promise<unknown> }

/** A refusal that Payload signals by dropping a value rather than by an error. */
const dropped = () => Object.assign(new Error('dropped'), { status: 403 })

/**
 * A draft by contributor A, written as the system, optionally in a review state (as the review
 * endpoint leaves it: a new draft version).
 */
async function draftOfContributorA(reviewState?: TReviewState) {
  const draft = await payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title: `撰稿 draft ${Date.now()}`,
      summary: '摘要',
      body: sampleBody(),
      authors: [actors.contributorA.id],
      _status: 'draft',
    },
    overrideAccess: true,
  })
  if (!reviewState) return draft
  return payload.update({
    collection: 'articles',
    id: draft.id,
    draft: true,
    data: { reviewState, reviewNote: reviewState === 'returned' ? '请补充来源' : null },
    overrideAccess: true,
  })
}

/** Contributor A's article, published by the desk. */
async function publishedOfContributorA() {
  const draft = await draftOfContributorA('submitted')
  return payload.update({
    collection: 'articles',
    id: draft.id,
    data: { _status: 'published' },
    overrideAccess: true,
  })
}

/** An image uploaded by contributor A (the hook records the uploader). */
async function uploadOfContributorA() {
  return payload.create({
    collection: 'media',
    data: { alt: '撰稿人的图' },
    file: await pngFile(),
    user: actors.contributorA,
    overrideAccess: true,
  })
}

/** A scheduled publish of contributor A's draft an hour from now, queued as `actor`. */
async function queueScheduledPublish(actor: TActorName) {
  const user = actors[actor] as User | undefined
  const draft = await draftOfContributorA('submitted')
  return payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: String(draft.id) },
      ...(user ? { user: { relationTo: 'users', value: user.id } } : {}),
    },
    // A time of its own, by which a test finds the job again.
    waitUntil: new Date(Date.now() + 60 * 60 * 1000 + Math.floor(Math.random() * 1e6)),
    overrideAccess: false,
    req: await createLocalReq(
      { user: user ? { ...user, collection: 'users' } : undefined },
      payload,
    ),
  } as never)
}

/**
 * What the admin's form state asks when `actor` opens an article's edit view: a 403 unless it
 * still asks for the edit lock (which it takes through the database, past every rule).
 */
async function openFormAndLock(actor: TActorName, id: number) {
  const user = actors[actor] as User | undefined
  const req = await createLocalReq(
    { user: user ? { ...user, collection: 'users' } : undefined },
    payload,
  )
  const args = await formStateArgsWithAllowedLock({
    req,
    id,
    collectionSlug: 'articles',
    returnLockStatus: true,
  } as never)
  if (!(args as { returnLockStatus?: boolean }).returnLockStatus)
    throw Object.assign(new Error('no lock'), { status: 403 })
}

const cells: Record<string, TCell[]> = {
  articles: [
    {
      action: 'create',
      allowed: ['editor', 'admin'],
      run: (actor) =>
        payload.create({
          collection: 'articles',
          data: {
            title: `新文章 ${actor}`,
            summary: '摘要',
            body: sampleBody(),
            _status: 'published',
          },
          ...as(actor),
        }),
    },
    {
      action: 'create a draft of one’s own',
      allowed: ['contributorA', 'contributorB', 'editor', 'admin'],
      run: (actor) =>
        payload.create({
          collection: 'articles',
          draft: true,
          data: { title: `草稿 ${actor}`, summary: '摘要', body: sampleBody(), _status: 'draft' },
          ...as(actor),
        }),
    },
    {
      action: 'create a draft naming contributor B as author',
      allowed: ['contributorB', 'editor', 'admin'],
      run: (actor) =>
        payload.create({
          collection: 'articles',
          draft: true,
          data: {
            title: `代写 ${actor}`,
            summary: '摘要',
            body: sampleBody(),
            authors: [actors.contributorB.id],
            _status: 'draft',
          },
          ...as(actor),
        }),
    },
    {
      action: 'create a draft naming contributor B beside oneself',
      allowed: ['editor', 'admin'],
      run: (actor) =>
        payload.create({
          collection: 'articles',
          draft: true,
          data: {
            title: `合写 ${actor}`,
            summary: '摘要',
            body: sampleBody(),
            authors: [
              (actors[actor] as User | undefined)?.id ?? actors.editor.id,
              actors.contributorB.id,
            ],
            _status: 'draft',
          },
          ...as(actor),
        }),
    },
    {
      action: 'read a published article',
      allowed: ACTORS,
      run: async (actor) =>
        payload.findByID({
          collection: 'articles',
          id: (await makeArticle(payload)).id,
          ...as(actor),
        }),
    },
    {
      action: 'read a draft',
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const draft = await makeArticle(payload, { status: 'draft' })
        return payload.findByID({ collection: 'articles', id: draft.id, draft: true, ...as(actor) })
      },
    },
    ...([undefined, 'submitted', 'returned'] as const).map((reviewState) => ({
      action: `read contributor A's draft (${reviewState ?? 'no review state'})`,
      allowed: ['contributorA', 'editor', 'admin'] as TActorName[],
      run: async (actor: TActorName) =>
        payload.findByID({
          collection: 'articles',
          id: (await draftOfContributorA(reviewState)).id,
          draft: true,
          ...as(actor),
        }),
    })),
    {
      action: 'read versions',
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const article = await makeArticle(payload)
        return payload.findVersions({
          collection: 'articles',
          where: { parent: { equals: article.id } },
          ...as(actor),
        })
      },
    },
    {
      action: 'update',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'articles',
          id: (await makeArticle(payload)).id,
          data: { title: '改标题' },
          ...as(actor),
        }),
    },
    ...([undefined, 'submitted', 'returned'] as const).map((reviewState) => ({
      action: `edit contributor A's draft (${reviewState ?? 'no review state'})`,
      allowed: ['contributorA', 'editor', 'admin'] as TActorName[],
      run: async (actor: TActorName) =>
        payload.update({
          collection: 'articles',
          id: (await draftOfContributorA(reviewState)).id,
          draft: true,
          data: { title: `改稿 ${actor}` },
          ...as(actor),
        }),
    })),
    ...([undefined, 'submitted', 'returned'] as const).map((reviewState) => ({
      action: `publish contributor A's draft (${reviewState ?? 'no review state'})`,
      allowed: ['editor', 'admin'] as TActorName[],
      run: async (actor: TActorName) =>
        payload.update({
          collection: 'articles',
          id: (await draftOfContributorA(reviewState)).id,
          data: { _status: 'published' },
          ...as(actor),
        }),
    })),
    {
      action: "edit contributor A's article once published",
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'articles',
          id: (await publishedOfContributorA()).id,
          draft: true,
          data: { title: `改已发布 ${actor}` },
          ...as(actor),
        }),
    },
    {
      action: "restore a published version of contributor A's article",
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const article = await publishedOfContributorA()
        // A draft over it, so that restoring the published version would publish again.
        await payload.update({
          collection: 'articles',
          id: article.id,
          draft: true,
          data: { title: '新草稿' },
          overrideAccess: true,
        })
        const { docs } = await payload.findVersions({
          collection: 'articles',
          where: {
            and: [
              { parent: { equals: article.id } },
              { 'version._status': { equals: 'published' } },
            ],
          },
          limit: 1,
          overrideAccess: true,
        })
        return payload.restoreVersion({ collection: 'articles', id: docs[0]!.id, ...as(actor) })
      },
    },
    {
      // The review fields change only through POST /api/articles/:id/review.
      action: "set contributor A's review state in a save",
      allowed: [],
      run: async (actor) => {
        const draft = await draftOfContributorA()
        const saved = await payload.update({
          collection: 'articles',
          id: draft.id,
          draft: true,
          data: { reviewState: 'submitted' },
          ...as(actor),
        })
        if (saved.reviewState !== 'submitted') throw dropped()
      },
    },
    {
      action: "mark contributor A's draft 头条",
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const saved = await payload.update({
          collection: 'articles',
          id: (await draftOfContributorA()).id,
          draft: true,
          data: { featured: true },
          ...as(actor),
        })
        if (saved.featured !== true) throw dropped()
      },
    },
    {
      // A contributor's save keeps the authors as they were (the field is the desk's to change).
      action: "add contributor B to the authors of contributor A's draft",
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const authors = [actors.contributorA.id, actors.contributorB.id]
        const saved = await payload.update({
          collection: 'articles',
          id: (await draftOfContributorA()).id,
          draft: true,
          depth: 0,
          data: { authors },
          ...as(actor),
        })
        if (String(saved.authors) !== String(authors)) throw dropped()
      },
    },
    {
      action: 'take contributor A off the authors of their own draft',
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const saved = await payload.update({
          collection: 'articles',
          id: (await draftOfContributorA()).id,
          draft: true,
          depth: 0,
          data: { authors: [actors.editor.id] },
          ...as(actor),
        })
        if (String(saved.authors) !== String(actors.editor.id)) throw dropped()
      },
    },
    {
      action: 'delete',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.delete({
          collection: 'articles',
          id: (await makeArticle(payload)).id,
          ...as(actor),
        }),
    },
    {
      action: "delete contributor A's draft",
      allowed: ['contributorA', 'editor', 'admin'],
      run: async (actor) =>
        payload.delete({
          collection: 'articles',
          id: (await draftOfContributorA('returned')).id,
          ...as(actor),
        }),
    },
    {
      action: "delete contributor A's published article",
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.delete({
          collection: 'articles',
          id: (await publishedOfContributorA()).id,
          ...as(actor),
        }),
    },
  ],
  // What the admin offers, as Payload asks it (getDocumentPermissions): the article's data with
  // `_status: 'published'` against the update rule.
  'the admin’s 发布 and 安排发布 buttons': [
    {
      action: "be offered 发布 on contributor A's submitted draft",
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const draft = await draftOfContributorA('submitted')
        const user = actors[actor] as User | undefined
        const permissions = await docAccessOperation({
          id: draft.id,
          collection: payload.collections.articles,
          data: { ...draft, _status: 'published' },
          req: await createLocalReq(
            { user: user ? { ...user, collection: 'users' } : undefined },
            payload,
          ),
        })
        if (!permissions.update) throw Object.assign(new Error('not offered'), { status: 403 })
      },
    },
  ],
  // The edit lock the admin's form state takes through the database (lib/admin/serverFunctions.ts).
  'the admin’s edit locks': [
    {
      action: "get the edit lock of the editor's published article by opening its form",
      allowed: ['editor', 'admin'],
      run: async (actor) => openFormAndLock(actor, (await makeArticle(payload)).id),
    },
    {
      action: "get the edit lock of contributor A's draft by opening its form",
      allowed: ['contributorA', 'editor', 'admin'],
      run: async (actor) => openFormAndLock(actor, (await draftOfContributorA()).id),
    },
  ],
  // 安排发布 (Payload's schedulePublish job): staff only, by the job queue and by the admin's
  // server function, which queues as the system (lib/jobs/refuseContributorSchedules.ts,
  // lib/admin/serverFunctions.ts).
  'scheduled publishing': [
    {
      action: "queue a scheduled publish of contributor A's draft",
      allowed: ['editor', 'admin'],
      run: (actor) => queueScheduledPublish(actor),
    },
    {
      action: "schedule contributor A's draft with the admin's 安排发布",
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const user = actors[actor] as User | undefined
        const draft = await draftOfContributorA('submitted')
        const req = await createLocalReq(
          { user: user ? { ...user, collection: 'users' } : undefined },
          payload,
        )
        const answer = (await staffOnlySchedulePublish({
          req,
          type: 'publish',
          doc: { relationTo: 'articles', value: String(draft.id) },
          date: new Date(Date.now() + 60 * 60 * 1000),
        } as never)) as { error?: string }
        if (answer.error) throw Object.assign(new Error(answer.error), { status: 403 })
      },
    },
    {
      // The server function deletes the job named by deleteID as the system before queueing.
      action: "cancel the editor's scheduled publish with 安排发布's deleteID",
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const user = actors[actor] as User | undefined
        const job = await queueScheduledPublish('editor')
        await staffOnlySchedulePublish({
          req: await createLocalReq(
            { user: user ? { ...user, collection: 'users' } : undefined },
            payload,
          ),
          type: 'publish',
          deleteID: job.id,
          doc: (job.input as { doc: unknown }).doc,
          date: new Date(Date.now() + 2 * 60 * 60 * 1000),
        } as never)
        // By its time, not its id: SQLite hands a deleted row's id to the next row.
        const left = await payload.count({
          collection: 'payload-jobs',
          where: { waitUntil: { equals: job.waitUntil } },
          overrideAccess: true,
        })
        if (left.totalDocs > 0) throw Object.assign(new Error('still there'), { status: 403 })
      },
    },
    {
      // Server code queueing in a user's name past the queue's own rule (overrideAccess) is
      // refused too (lib/jobs/refuseContributorSchedules.ts). A visitor has no name to queue in.
      action: 'have a scheduled publish queued in their name by the server',
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const user = actors[actor] as User | undefined
        if (!user) return Promise.reject({ status: 403 })
        const draft = await draftOfContributorA('submitted')
        return payload.jobs.queue({
          task: 'schedulePublish',
          input: {
            type: 'publish',
            doc: { relationTo: 'articles', value: String(draft.id) },
            user: { relationTo: 'users', value: user.id },
          },
          waitUntil: new Date(Date.now() + 60 * 60 * 1000),
        } as never)
      },
    },
  ],
  flashes: [
    {
      action: 'create',
      allowed: ['editor', 'admin'],
      run: (actor) =>
        payload.create({
          collection: 'flashes',
          data: { text: `新快讯 ${actor}`, _status: 'published' },
          ...as(actor),
        }),
    },
    {
      action: 'read a published flash',
      allowed: ACTORS,
      run: async (actor) =>
        payload.findByID({
          collection: 'flashes',
          id: (await makeFlash(payload)).id,
          ...as(actor),
        }),
    },
    {
      action: 'read a draft',
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const draft = await makeFlash(payload, { status: 'draft' })
        return payload.findByID({ collection: 'flashes', id: draft.id, draft: true, ...as(actor) })
      },
    },
    {
      action: 'read versions',
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const flash = await makeFlash(payload)
        return payload.findVersions({
          collection: 'flashes',
          where: { parent: { equals: flash.id } },
          ...as(actor),
        })
      },
    },
    {
      action: 'update',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'flashes',
          id: (await makeFlash(payload)).id,
          data: { important: true },
          ...as(actor),
        }),
    },
    {
      action: 'delete',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.delete({ collection: 'flashes', id: (await makeFlash(payload)).id, ...as(actor) }),
    },
  ],
  'flash-categories': [
    {
      action: 'create',
      allowed: ['editor', 'admin'],
      run: (actor) =>
        payload.create({
          collection: 'flash-categories',
          data: { name: `类-${actor}`, slug: `c-${actor.toLowerCase()}`, order: 5 },
          ...as(actor),
        }),
    },
    {
      action: 'read',
      allowed: ACTORS,
      run: async (actor) =>
        payload.findByID({
          collection: 'flash-categories',
          id: (await makeFlashCategory(payload)).id,
          ...as(actor),
        }),
    },
    {
      action: 'update',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'flash-categories',
          id: (await makeFlashCategory(payload)).id,
          data: { order: 7 },
          ...as(actor),
        }),
    },
    {
      action: 'delete',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.delete({
          collection: 'flash-categories',
          id: (await makeFlashCategory(payload)).id,
          ...as(actor),
        }),
    },
  ],
  tags: [
    {
      action: 'create',
      allowed: ['editor', 'admin'],
      run: (actor) =>
        payload.create({
          collection: 'tags',
          data: { name: `T-${actor}`, slug: `t-${actor.toLowerCase()}`, order: 5 },
          ...as(actor),
        }),
    },
    {
      action: 'read',
      allowed: ACTORS,
      run: async (actor) =>
        payload.findByID({ collection: 'tags', id: (await makeTag(payload)).id, ...as(actor) }),
    },
    {
      action: 'update',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'tags',
          id: (await makeTag(payload)).id,
          data: { order: 7 },
          ...as(actor),
        }),
    },
    {
      action: 'delete',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.delete({ collection: 'tags', id: (await makeTag(payload)).id, ...as(actor) }),
    },
  ],
  coins: [
    {
      action: 'create',
      allowed: ['editor', 'admin'],
      run: (actor) =>
        payload.create({
          collection: 'coins',
          data: { symbol: 'NEW', name: `New ${actor}`, marketDataId: `new-${actor.toLowerCase()}` },
          ...as(actor),
        }),
    },
    {
      action: 'read',
      allowed: ACTORS,
      run: async (actor) =>
        payload.findByID({ collection: 'coins', id: (await makeCoin(payload)).id, ...as(actor) }),
    },
    {
      action: 'update',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'coins',
          id: (await makeCoin(payload)).id,
          data: { price: 2 },
          ...as(actor),
        }),
    },
    {
      action: 'delete',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.delete({ collection: 'coins', id: (await makeCoin(payload)).id, ...as(actor) }),
    },
  ],
  media: [
    {
      action: 'create',
      allowed: ['contributorA', 'contributorB', 'editor', 'admin'],
      run: async (actor) =>
        payload.create({
          collection: 'media',
          data: { alt: '图' },
          file: await pngFile(),
          ...as(actor),
        }),
    },
    {
      action: 'read (not used by a published article)',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.findByID({ collection: 'media', id: (await makeMedia(payload)).id, ...as(actor) }),
    },
    {
      action: "read contributor A's upload",
      allowed: ['contributorA', 'editor', 'admin'],
      run: async (actor) =>
        payload.findByID({
          collection: 'media',
          id: (await uploadOfContributorA()).id,
          ...as(actor),
        }),
    },
    {
      action: 'read (the cover of a published article)',
      allowed: ACTORS,
      run: async (actor) => {
        const cover = await makeMedia(payload)
        await payload.create({
          collection: 'articles',
          data: {
            title: '有封面',
            summary: '摘要',
            body: sampleBody(),
            cover: cover.id,
            _status: 'published',
          },
          overrideAccess: true,
        })
        return payload.findByID({ collection: 'media', id: cover.id, ...as(actor) })
      },
    },
    {
      action: 'update',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'media',
          id: (await makeMedia(payload)).id,
          data: { alt: '新' },
          ...as(actor),
        }),
    },
    {
      action: "update contributor A's upload",
      allowed: ['contributorA', 'editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'media',
          id: (await uploadOfContributorA()).id,
          data: { alt: '改' },
          ...as(actor),
        }),
    },
    {
      // Once public it may sit in readers' caches and in other articles.
      action: "update contributor A's upload once public",
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        const image = await uploadOfContributorA()
        await payload.update({
          collection: 'media',
          id: image.id,
          data: { visibleToVisitors: true },
          overrideAccess: true,
        })
        return payload.update({
          collection: 'media',
          id: image.id,
          data: { alt: '改' },
          ...as(actor),
        })
      },
    },
    {
      action: 'delete',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.delete({ collection: 'media', id: (await makeMedia(payload)).id, ...as(actor) }),
    },
    {
      action: "delete contributor A's upload",
      allowed: ['contributorA', 'editor', 'admin'],
      run: async (actor) =>
        payload.delete({
          collection: 'media',
          id: (await uploadOfContributorA()).id,
          ...as(actor),
        }),
    },
  ],
  users: [
    {
      action: 'create (register)',
      allowed: ACTORS,
      run: (actor) =>
        payload.create({
          collection: 'users',
          data: {
            email: `new-${actor}-${Date.now()}@test.local`,
            password: 'password-123',
            displayName: '新用户',
          },
          ...as(actor),
        }),
    },
    {
      action: "read reader A's account",
      allowed: ['readerA', 'admin'],
      run: (actor) =>
        payload.findByID({ collection: 'users', id: actors.readerA.id, ...as(actor) }),
    },
    {
      // Contributors see their co-authors' names in the admin (collections/Users/index.ts).
      action: "read the editor's display name",
      allowed: ['contributorA', 'contributorB', 'editor', 'admin'],
      run: async (actor) => {
        const account = await payload.findByID({
          collection: 'users',
          id: actors.editor.id,
          ...as(actor),
        })
        if (account.displayName !== actors.editor.displayName) throw dropped()
      },
    },
    {
      action: "read anything of the editor's account beyond its display name",
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        beyondDisplayName(
          await payload.findByID({ collection: 'users', id: actors.editor.id, ...as(actor) }),
        ),
    },
    {
      action: "read contributor A's display name",
      allowed: ['contributorA', 'contributorB', 'editor', 'admin'],
      run: (actor) =>
        payload.findByID({ collection: 'users', id: actors.contributorA.id, ...as(actor) }),
    },
    {
      action: "read anything of contributor A's account beyond its display name",
      allowed: ['contributorA', 'editor', 'admin'],
      run: async (actor) =>
        beyondDisplayName(
          await payload.findByID({
            collection: 'users',
            id: actors.contributorA.id,
            ...as(actor),
          }),
        ),
    },
    {
      // A filter on a field tells its value as surely as reading it: Payload refuses it (400).
      action: 'find the editor by e-mail',
      allowed: ['editor', 'admin'],
      run: (actor) =>
        refusedOnBadQuery(async () => {
          const found = await payload.find({
            collection: 'users',
            where: { email: { equals: actors.editor.email } },
            ...as(actor),
          })
          if (found.docs.length !== 1) throw dropped()
        }),
    },
    {
      action: 'find the editor by role',
      allowed: ['editor', 'admin'],
      run: (actor) =>
        refusedOnBadQuery(async () => {
          const found = await payload.find({
            collection: 'users',
            where: { and: [{ id: { equals: actors.editor.id } }, { roles: { in: ['editor'] } }] },
            ...as(actor),
          })
          if (found.docs.length !== 1) throw dropped()
        }),
    },
    {
      action: "update reader A's account",
      allowed: ['readerA', 'admin'],
      run: (actor) =>
        payload.update({
          collection: 'users',
          id: actors.readerA.id,
          data: { displayName: `改名 ${actor}` },
          ...as(actor),
        }),
    },
    {
      // Readers change their password on the account page, which checks the current one first
      // (collections/Users/hooks/currentPasswordFirst.ts); staff keep the admin's form.
      action: "set reader A's password without the current one",
      allowed: ['admin'],
      run: (actor) => setPasswordWithoutCurrent(actors.readerA, actor),
    },
    {
      // A reader's sign-in address has no form on the portal: over REST it would let a borrowed
      // session move the account to another mailbox (collections/Users/hooks/currentPasswordFirst.ts).
      action: "change reader A's sign-in e-mail",
      allowed: ['admin'],
      run: (actor) =>
        payload.update({
          collection: 'users',
          id: actors.readerA.id,
          data: { email: `moved-${actor}-${Date.now()}@test.local` },
          ...as(actor),
        }),
    },
    {
      action: "set the editor's password without the current one",
      allowed: ['editor', 'admin'],
      run: (actor) => setPasswordWithoutCurrent(actors.editor, actor),
    },
    {
      // Contributors keep the admin's account form, as staff do.
      action: "set contributor A's password without the current one",
      allowed: ['contributorA', 'admin'],
      run: (actor) => setPasswordWithoutCurrent(actors.contributorA, actor),
    },
    {
      action: 'give contributor A an author page slug',
      allowed: ['admin'],
      run: (actor) => setProfileSlug(actors.contributorA, `contributor-page-${actor}`, actor),
    },
    {
      // The profile fields are staff-only (collections/Users/publicProfileFields.ts): a reader's
      // own update succeeds but drops them, which counts as refused here.
      action: 'give reader A an author page slug',
      allowed: ['admin'],
      run: (actor) => setProfileSlug(actors.readerA, `reader-page-${actor}`, actor),
    },
    {
      action: "set the editor's author page slug",
      allowed: ['editor', 'admin'],
      run: (actor) => setProfileSlug(actors.editor, `editor-page-${actor}`, actor),
    },
    {
      action: 'delete an account',
      allowed: ['admin'],
      run: async (actor) => {
        const victim = await payload.create({
          collection: 'users',
          data: {
            email: `victim-${actor}-${Date.now()}@test.local`,
            password: 'password-123',
            displayName: '待删',
          },
          overrideAccess: true,
        })
        return payload.delete({ collection: 'users', id: victim.id, ...as(actor) })
      },
    },
  ],
  watchlists: [
    {
      action: 'create for oneself',
      allowed: SIGNED_IN,
      run: async (actor) => {
        await payload.delete({ collection: 'watchlists', where: {}, overrideAccess: true })
        return payload.create({
          collection: 'watchlists',
          // No owner on purpose, as the portal sends it: the hook fills in the signed-in user.
          data: { items: [(await makeCoin(payload)).id] } as never,
          ...as(actor),
        })
      },
    },
    {
      action: 'create for reader A',
      allowed: [],
      run: async (actor) => {
        await payload.delete({ collection: 'watchlists', where: {}, overrideAccess: true })
        return actor === 'readerA'
          ? Promise.reject({ status: 403 }) // creating for oneself is the cell above
          : payload.create({
              collection: 'watchlists',
              data: { owner: actors.readerA.id, items: [] },
              ...as(actor),
            })
      },
    },
    {
      action: "read reader A's list",
      allowed: ['readerA', 'admin'],
      run: async (actor) =>
        payload.findByID({
          collection: 'watchlists',
          id: (await watchlistOfReaderA()).id,
          ...as(actor),
        }),
    },
    {
      action: "update reader A's list",
      allowed: ['readerA'],
      run: async (actor) =>
        payload.update({
          collection: 'watchlists',
          id: (await watchlistOfReaderA()).id,
          data: { items: [(await makeCoin(payload)).id] },
          ...as(actor),
        }),
    },
    {
      action: "delete reader A's list",
      allowed: ['readerA'],
      run: async (actor) =>
        payload.delete({
          collection: 'watchlists',
          id: (await watchlistOfReaderA()).id,
          ...as(actor),
        }),
    },
  ],
  bookmarks: [
    {
      action: 'create for oneself',
      allowed: SIGNED_IN,
      run: async (actor) =>
        payload.create({
          collection: 'bookmarks',
          // No user on purpose, as the portal sends it: the hook fills in the signed-in user.
          data: { article: (await makeArticle(payload)).id } as never,
          ...as(actor),
        }),
    },
    {
      action: 'create for reader A',
      allowed: [],
      run: async (actor) =>
        actor === 'readerA'
          ? Promise.reject({ status: 403 }) // creating for oneself is the cell above
          : payload.create({
              collection: 'bookmarks',
              data: { user: actors.readerA.id, article: (await makeArticle(payload)).id },
              ...as(actor),
            }),
    },
    {
      action: "read reader A's bookmark",
      allowed: ['readerA', 'admin'],
      run: async (actor) =>
        payload.findByID({
          collection: 'bookmarks',
          id: (await bookmarkOfReaderA()).id,
          ...as(actor),
        }),
    },
    {
      action: "update reader A's bookmark",
      allowed: [],
      run: async (actor) =>
        payload.update({
          collection: 'bookmarks',
          id: (await bookmarkOfReaderA()).id,
          data: { article: (await makeArticle(payload)).id },
          ...as(actor),
        }),
    },
    {
      action: "delete reader A's bookmark",
      allowed: ['readerA'],
      run: async (actor) =>
        payload.delete({
          collection: 'bookmarks',
          id: (await bookmarkOfReaderA()).id,
          ...as(actor),
        }),
    },
  ],
  // Written only by POST /api/flashes/:id/vote, as the system after its own checks.
  'flash-votes': [
    {
      action: 'create for oneself',
      allowed: [],
      run: async (actor) =>
        payload.create({
          collection: 'flash-votes',
          data: {
            flash: (await makeFlash(payload)).id,
            user: (actors[actor] ?? actors.readerA).id,
            vote: 'bullish',
          },
          ...as(actor),
        }),
    },
    {
      action: 'read one’s own vote',
      allowed: SIGNED_IN,
      // A visitor has no vote of their own: reader A's stands in.
      run: async (actor) =>
        payload.findByID({
          collection: 'flash-votes',
          id: (await flashVoteOf(actors[actor] ?? actors.readerA)).id,
          ...as(actor),
        }),
    },
    {
      action: "read reader A's vote",
      allowed: ['readerA', 'admin'],
      run: async (actor) =>
        payload.findByID({
          collection: 'flash-votes',
          id: (await flashVoteOf(actors.readerA)).id,
          ...as(actor),
        }),
    },
    {
      action: "update reader A's vote",
      allowed: [],
      run: async (actor) =>
        payload.update({
          collection: 'flash-votes',
          id: (await flashVoteOf(actors.readerA)).id,
          data: { vote: 'bearish' },
          ...as(actor),
        }),
    },
    {
      action: "delete reader A's vote",
      allowed: [],
      run: async (actor) =>
        payload.delete({
          collection: 'flash-votes',
          id: (await flashVoteOf(actors.readerA)).id,
          ...as(actor),
        }),
    },
  ],
  // Written only by the content's hooks and the rebuild, as the system; admins may look.
  'search-documents': [
    {
      action: 'create an entry',
      allowed: [],
      run: (actor) =>
        payload.create({
          collection: 'search-documents',
          data: {
            kind: 'article',
            docId: `forged-${actor}`,
            language: 'zh',
            rank: Date.now(),
            publishedAt: new Date().toISOString(),
            title: '伪造',
            titleTokens: ' 伪造 造 ',
            tokens: ' 伪造 造 ',
          },
          ...as(actor),
        }),
    },
    {
      action: 'read an entry',
      allowed: ['admin'],
      run: async (actor) =>
        payload.findByID({
          collection: 'search-documents',
          id: await searchEntryId(),
          ...as(actor),
        }),
    },
    {
      action: 'update an entry',
      allowed: [],
      run: async (actor) =>
        payload.update({
          collection: 'search-documents',
          id: await searchEntryId(),
          data: { title: '改写' },
          ...as(actor),
        }),
    },
    {
      action: 'delete an entry',
      allowed: [],
      run: async (actor) =>
        payload.delete({ collection: 'search-documents', id: await searchEntryId(), ...as(actor) }),
    },
  ],
  // 热门 counts: written only by the server's view counter, as the system; admins may look.
  'article-views': [
    {
      action: 'create counts',
      allowed: [],
      run: async (actor) =>
        payload.create({
          collection: 'article-views',
          data: { article: (await makeArticle(payload)).id, hour: 1, count: 1_000_000 },
          ...as(actor),
        }),
    },
    {
      action: 'read counts',
      allowed: ['admin'],
      run: async (actor) =>
        payload.findByID({ collection: 'article-views', id: await viewRowId(), ...as(actor) }),
    },
    {
      action: 'update counts',
      allowed: [],
      run: async (actor) =>
        payload.update({
          collection: 'article-views',
          id: await viewRowId(),
          data: { count: 1_000_000 },
          ...as(actor),
        }),
    },
    {
      action: 'delete counts',
      allowed: [],
      run: async (actor) =>
        payload.delete({ collection: 'article-views', id: await viewRowId(), ...as(actor) }),
    },
  ],
  // Content API keys (collections/ApiKeys.ts): admins only, for every operation; the key's hash
  // is readable by nobody and settable only by the generate endpoint.
  'api-keys': [
    {
      action: 'create a key',
      allowed: ['admin'],
      run: (actor) =>
        payload.create({
          collection: 'api-keys',
          data: { name: `key-${actor}`, rateLimitPerMinute: 100_000 },
          ...as(actor),
        }),
    },
    {
      action: 'list keys',
      allowed: ['admin'],
      run: async (actor) => {
        await apiKeyId()
        const { docs } = await payload.find({ collection: 'api-keys', ...as(actor) })
        if (docs.length === 0) throw Object.assign(new Error('hidden'), { status: 404 })
      },
    },
    {
      action: 'read a key',
      allowed: ['admin'],
      run: async (actor) =>
        payload.findByID({ collection: 'api-keys', id: await apiKeyId(), ...as(actor) }),
    },
    {
      action: 'raise its limit or revoke it',
      allowed: ['admin'],
      run: async (actor) =>
        payload.update({
          collection: 'api-keys',
          id: await apiKeyId(),
          data: { rateLimitPerMinute: 100_000, active: false },
          ...as(actor),
        }),
    },
    {
      action: 'delete a key',
      allowed: ['admin'],
      run: async (actor) =>
        payload.delete({ collection: 'api-keys', id: await apiKeyId(), ...as(actor) }),
    },
    {
      action: "read a key's hash",
      allowed: [],
      run: async (actor) => {
        const key = await payload.findByID({
          collection: 'api-keys',
          id: await apiKeyId(),
          ...as(actor),
        })
        if (!('keyHash' in key)) throw Object.assign(new Error('hidden'), { status: 403 })
      },
    },
    {
      action: "set a key's hash",
      allowed: [],
      run: async (actor) => {
        const key = await payload.update({
          collection: 'api-keys',
          id: await apiKeyId(),
          data: { keyHash: 'f'.repeat(64) },
          ...as(actor),
        })
        const stored = await payload.findByID({
          collection: 'api-keys',
          id: key.id,
          overrideAccess: true,
        })
        if (stored.keyHash !== 'f'.repeat(64))
          throw Object.assign(new Error('dropped'), { status: 403 })
      },
    },
  ],
  // Webhooks (docs/webhooks.md): admins only, in every operation; the secret above all.
  webhooks: [
    {
      action: 'create',
      allowed: ['admin'],
      run: (actor) =>
        payload.create({
          collection: 'webhooks',
          data: {
            name: `hook ${actor}`,
            url: 'https://hooks.example.com/in',
            events: ['article.published'],
          },
          ...as(actor),
        }),
    },
    {
      action: 'read',
      allowed: ['admin'],
      run: async (actor) =>
        payload.findByID({
          collection: 'webhooks',
          id: (await webhookOfSystem()).id,
          ...as(actor),
        }),
    },
    {
      action: 'read the secret',
      allowed: ['admin'],
      run: async (actor) => {
        const found = await payload.find({
          collection: 'webhooks',
          where: { id: { equals: (await webhookOfSystem()).id } },
          ...as(actor),
        })
        if (!found.docs[0]?.secret) throw Object.assign(new Error('hidden'), { status: 403 })
      },
    },
    {
      action: 'update',
      allowed: ['admin'],
      run: async (actor) =>
        payload.update({
          collection: 'webhooks',
          id: (await webhookOfSystem()).id,
          data: { url: 'https://attacker.example/in' },
          ...as(actor),
        }),
    },
    {
      action: 'delete',
      allowed: ['admin'],
      run: async (actor) =>
        payload.delete({ collection: 'webhooks', id: (await webhookOfSystem()).id, ...as(actor) }),
    },
  ],
  // The delivery log: written by the system only, read by admins.
  'webhook-deliveries': [
    {
      action: 'create',
      allowed: [],
      run: async (actor) =>
        payload.create({
          collection: 'webhook-deliveries',
          data: { ...deliveryData(), webhook: (await webhookOfSystem()).id },
          ...as(actor),
        }),
    },
    {
      action: 'read',
      allowed: ['admin'],
      run: async (actor) =>
        payload.findByID({
          collection: 'webhook-deliveries',
          id: (await deliveryOfSystem()).id,
          ...as(actor),
        }),
    },
    {
      action: 'update',
      allowed: [],
      run: async (actor) =>
        payload.update({
          collection: 'webhook-deliveries',
          id: (await deliveryOfSystem()).id,
          data: { status: 'succeeded' },
          ...as(actor),
        }),
    },
    {
      action: 'delete',
      allowed: [],
      run: async (actor) =>
        payload.delete({
          collection: 'webhook-deliveries',
          id: (await deliveryOfSystem()).id,
          ...as(actor),
        }),
    },
  ],
  // The audit log: written only by the server's hooks; admins read it, nobody can change it.
  'audit-events': [
    {
      action: 'create an event',
      allowed: [],
      run: (actor) =>
        payload.create({
          collection: 'audit-events',
          data: { action: 'article.deleted', targetLabel: `forged-${actor}` },
          ...as(actor),
        }),
    },
    {
      action: 'read an event',
      allowed: ['admin'],
      run: async (actor) =>
        payload.findByID({ collection: 'audit-events', id: await auditEventId(), ...as(actor) }),
    },
    {
      action: 'update an event',
      allowed: [],
      run: async (actor) =>
        payload.update({
          collection: 'audit-events',
          id: await auditEventId(),
          data: { targetLabel: '改写' },
          ...as(actor),
        }),
    },
    {
      action: 'delete an event',
      allowed: [],
      run: async (actor) =>
        payload.delete({ collection: 'audit-events', id: await auditEventId(), ...as(actor) }),
    },
  ],
  // An article's old URLs (collections/Redirects): staff manage them; nobody else reads them,
  // since they name past slugs (drafts' among them). The portal follows them as the server.
  redirects: [
    {
      action: 'create a redirect',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.create({
          collection: 'redirects',
          data: { from: `old-${actor}-${randomBytes(4).toString('hex')}`, to: await articleId() },
          ...as(actor),
        }),
    },
    {
      action: 'read a redirect',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.findByID({ collection: 'redirects', id: await redirectId(), ...as(actor) }),
    },
    {
      action: 'list redirects',
      allowed: ['editor', 'admin'],
      run: async (actor) => {
        await redirectId()
        const { docs } = await payload.find({ collection: 'redirects', ...as(actor) })
        if (docs.length === 0) throw Object.assign(new Error('hidden'), { status: 404 })
      },
    },
    {
      action: 'update a redirect',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'redirects',
          id: await redirectId(),
          data: { to: await articleId() },
          ...as(actor),
        }),
    },
    {
      action: 'delete a redirect',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.delete({ collection: 'redirects', id: await redirectId(), ...as(actor) }),
    },
  ],
  // Payload's own collections (lib/security/payloadCollections.ts).
  'payload-locked-documents': [
    {
      action: 'create a lock',
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.create({
          collection: 'payload-locked-documents',
          data: {
            document: { relationTo: 'articles', value: (await makeArticle(payload)).id },
            user: { relationTo: 'users', value: (actors[actor] ?? actors.readerA).id },
          },
          ...as(actor),
        }),
    },
    {
      action: "read contributor A's own lock",
      allowed: ['contributorA', 'editor', 'admin'],
      run: async (actor) =>
        payload.findByID({
          collection: 'payload-locked-documents',
          id: (await lockOf(actors.contributorA)).id,
          ...as(actor),
        }),
    },
    {
      action: "delete contributor A's own lock",
      allowed: ['contributorA', 'editor', 'admin'],
      run: async (actor) =>
        payload.delete({
          collection: 'payload-locked-documents',
          id: (await lockOf(actors.contributorA)).id,
          ...as(actor),
        }),
    },
    {
      action: "read the editor's lock",
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.findByID({
          collection: 'payload-locked-documents',
          id: (await lockOfEditor()).id,
          ...as(actor),
        }),
    },
    {
      action: "update the editor's lock",
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.update({
          collection: 'payload-locked-documents',
          id: (await lockOfEditor()).id,
          data: { globalSlug: null },
          ...as(actor),
        }),
    },
    {
      action: "delete the editor's lock",
      allowed: ['editor', 'admin'],
      run: async (actor) =>
        payload.delete({
          collection: 'payload-locked-documents',
          id: (await lockOfEditor()).id,
          ...as(actor),
        }),
    },
  ],
  'payload-preferences': [
    {
      action: 'create for oneself',
      allowed: ['contributorA', 'contributorB', 'editor', 'admin'],
      run: (actor) =>
        payload.create({
          collection: 'payload-preferences',
          data: { key: `k-${actor}-${Date.now()}`, value: { a: 1 } } as never,
          ...as(actor),
        }),
    },
    {
      action: "read the editor's preference",
      allowed: ['editor'],
      run: async (actor) =>
        payload.findByID({
          collection: 'payload-preferences',
          id: (await preferenceOfEditor()).id,
          ...as(actor),
        }),
    },
    {
      action: "update the editor's preference",
      allowed: ['editor'],
      run: async (actor) =>
        payload.update({
          collection: 'payload-preferences',
          id: (await preferenceOfEditor()).id,
          data: { value: { b: 2 } },
          ...as(actor),
        }),
    },
    {
      action: "delete the editor's preference",
      allowed: ['editor'],
      run: async (actor) =>
        payload.delete({
          collection: 'payload-preferences',
          id: (await preferenceOfEditor()).id,
          ...as(actor),
        }),
    },
  ],
  'payload-jobs, payload-kv, payload-migrations': (
    ['payload-jobs', 'payload-kv', 'payload-migrations'] as const
  ).flatMap((collection) => [
    {
      action: `list ${collection}`,
      allowed: [],
      run: (actor: TActorName) => payload.find({ collection, ...as(actor) }),
    },
    {
      action: `create in ${collection}`,
      allowed: [],
      run: (actor: TActorName) =>
        payload.create({ collection, data: systemRowOf(collection), ...as(actor) }),
    },
  ]),
}

/** A fresh API key document with a stored hash, written as the system. */
async function apiKeyId() {
  const key = await payload.create({
    collection: 'api-keys',
    data: { name: 'matrix', rateLimitPerMinute: 600, keyHash: randomBytes(32).toString('hex') },
    overrideAccess: true,
  })
  return key.id
}

/** A row that Payload itself could write to one of its own system collections. */
function systemRowOf(collection: 'payload-jobs' | 'payload-kv' | 'payload-migrations'): never {
  const rows = {
    'payload-jobs': { input: {}, taskSlug: 'schedulePublish' },
    'payload-kv': { key: `k-${Date.now()}`, data: {} },
    'payload-migrations': { name: 'fake', batch: 99 },
  }
  return rows[collection] as never
}

async function lockOf(user: User) {
  return payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'articles', value: (await makeArticle(payload)).id },
      user: { relationTo: 'users', value: user.id },
    },
    overrideAccess: true,
  })
}

const lockOfEditor = () => lockOf(actors.editor)

async function preferenceOfEditor() {
  return payload.create({
    collection: 'payload-preferences',
    data: {
      key: `editor-${Date.now()}-${Math.random()}`,
      value: { a: 1 },
    } as never,
    // Payload fills in the owner from the request's user, whatever the data says.
    user: actors.editor,
    overrideAccess: true,
  })
}

async function watchlistOfReaderA() {
  await payload.delete({
    collection: 'watchlists',
    where: { owner: { equals: actors.readerA.id } },
    overrideAccess: true,
  })
  return payload.create({
    collection: 'watchlists',
    data: { owner: actors.readerA.id, items: [] },
    overrideAccess: true,
  })
}

/** `user`'s 利好 on a fresh published flash. */
async function flashVoteOf(user: User) {
  return makeFlashVote(payload, { flash: (await makeFlash(payload)).id, user: user.id })
}

/** The index entry of a fresh published article (its hook writes it). */
async function searchEntryId() {
  const article = await makeArticle(payload)
  const { docs } = await payload.find({
    collection: 'search-documents',
    where: { docId: { equals: String(article.id) } },
    overrideAccess: true,
  })
  return (docs[0] as { id: number }).id
}

/** A 热门 count row of a fresh published article, written as the system. */
async function viewRowId() {
  const row = await payload.create({
    collection: 'article-views',
    data: { article: (await makeArticle(payload)).id, hour: 1, count: 1 },
    overrideAccess: true,
  })
  return row.id
}

/** A webhook and one logged delivery of it, written as the system. */
const webhookOfSystem = () =>
  payload.create({
    collection: 'webhooks',
    data: { name: 'system', url: 'https://hooks.example.com/in', events: ['article.published'] },
    overrideAccess: true,
  })

const deliveryData = () => ({
  eventType: 'article.published' as const,
  eventId: `event-${Date.now()}`,
  docId: '1',
  url: 'http://localhost:3000/articles/x',
  occurredAt: new Date().toISOString(),
  status: 'pending' as const,
})

async function deliveryOfSystem() {
  return payload.create({
    collection: 'webhook-deliveries',
    data: { ...deliveryData(), webhook: (await webhookOfSystem()).id },
    overrideAccess: true,
  })
}

/** An audit event, as the hooks write it: deleting a fresh article records one. */
async function auditEventId() {
  const article = await makeArticle(payload)
  await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
  const { docs } = await payload.find({
    collection: 'audit-events',
    where: { targetId: { equals: String(article.id) } },
    overrideAccess: true,
  })
  return (docs[0] as { id: number }).id
}

async function articleId() {
  return (await makeArticle(payload)).id
}

/** A redirect row made by the server, as the article hooks record them. */
async function redirectId() {
  const redirect = await payload.create({
    collection: 'redirects',
    data: { from: `old-${randomBytes(6).toString('hex')}`, to: await articleId() },
    overrideAccess: true,
  })
  return redirect.id
}

async function bookmarkOfReaderA() {
  return payload.create({
    collection: 'bookmarks',
    data: { user: actors.readerA.id, article: (await makeArticle(payload)).id },
    overrideAccess: true,
  })
}

describe.each(Object.entries(cells))('%s', (_collection, collectionCells) => {
  const rows = collectionCells.flatMap((cell) =>
    ACTORS.map((actor) => ({ ...cell, actor, expected: cell.allowed.includes(actor) })),
  )
  test.each(rows)('$action as $actor → allowed: $expected', async ({ run, actor, expected }) => {
    expect(await attempt(() => run(actor))).toBe(expected)
  })
})

describe('lists never show other users’ rows', () => {
  test('find on watchlists, bookmarks and flash votes returns only the reader’s own', async () => {
    const ownerOf = (doc: { owner?: unknown; user?: unknown }) => {
      const owner = doc.owner ?? doc.user
      return String(owner && typeof owner === 'object' && 'id' in owner ? owner.id : owner)
    }
    const list = await watchlistOfReaderA()
    const bookmark = await bookmarkOfReaderA()
    const vote = await flashVoteOf(actors.readerA)
    for (const [collection, rowOfA] of [
      ['watchlists', list],
      ['bookmarks', bookmark],
      ['flash-votes', vote],
    ] as const) {
      const seenByB = await payload.find({ collection, limit: 0, ...as('readerB') })
      expect(seenByB.docs.map((doc) => doc.id)).not.toContain(rowOfA.id)
      expect(seenByB.docs.every((doc) => ownerOf(doc) === String(actors.readerB.id))).toBe(true)
      const seenByA = await payload.find({ collection, limit: 0, ...as('readerA') })
      expect(seenByA.docs.map((doc) => doc.id)).toContain(rowOfA.id)
    }
  })

  test('a contributor lists published articles and their own drafts, never another’s', async () => {
    const ownDraft = await draftOfContributorA()
    const othersDraft = await payload.create({
      collection: 'articles',
      draft: true,
      data: {
        title: `B 的草稿 ${Date.now()}`,
        summary: '摘要',
        body: sampleBody(),
        authors: [actors.contributorB.id],
        _status: 'draft',
      },
      overrideAccess: true,
    })
    const editorsDraft = await makeArticle(payload, { status: 'draft' })
    const found = await payload.find({
      collection: 'articles',
      limit: 0,
      depth: 0,
      draft: true,
      ...as('contributorA'),
    })
    const ids = found.docs.map((doc) => doc.id)
    expect(ids).toContain(ownDraft.id)
    expect(ids).not.toContain(othersDraft.id)
    expect(ids).not.toContain(editorsDraft.id)
    expect(
      found.docs.every(
        (doc) =>
          doc._status === 'published' ||
          (doc.authors ?? []).some((id) => String(id) === String(actors.contributorA.id)),
      ),
    ).toBe(true)
  })

  test('anonymous and readers list only published articles', async () => {
    await makeArticle(payload, { status: 'draft', title: '隐藏的草稿 hidden' })
    for (const actor of ['anonymous', 'readerA'] as const) {
      const found = await payload.find({
        collection: 'articles',
        limit: 0,
        draft: true,
        ...as(actor),
      })
      expect(found.docs.every((doc) => doc._status === 'published')).toBe(true)
    }
  })
})

describe('roles', () => {
  test('self-registration yields a reader even when the body asks for admin', async () => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'climber@test.local',
        password: 'password-123',
        displayName: '越权',
        roles: ['admin'],
      },
      overrideAccess: false,
    })
    expect(user.roles).toEqual(['reader'])
  })

  test.each(['readerA', 'contributorA', 'editor'] as const)(
    '%s cannot grant itself a role',
    async (actor) => {
      const before = actors[actor].roles
      const updated = await payload.update({
        collection: 'users',
        id: actors[actor].id,
        data: { roles: ['admin'] },
        ...as(actor),
      })
      expect(updated.roles).toEqual(before)
    },
  )

  test('an admin can make a reader an editor', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'promoted@test.local', password: 'password-123', displayName: '升职' },
      overrideAccess: true,
    })
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { roles: ['editor'] },
      ...as('admin'),
    })
    expect(updated.roles).toEqual(['editor'])
  })
})
