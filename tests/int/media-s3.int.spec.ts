/**
 * With S3_BUCKET set, uploads live in the bucket (every image size), not on the app's disk, so
 * that every app instance serves the same files; they are still served through Payload's file
 * route, so a draft's images stay private. Against s3rver, a local S3-compatible test double.
 */
import { readdir } from 'node:fs/promises'
import type { Payload } from 'payload'

import { pngFile, sampleBody } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient, loginCookieFor, SITE_ORIGIN } from '@/tests/helpers/restClient'
import { startS3Server, type TS3Server } from '@/tests/helpers/s3Server'
import { seedActors, TEST_PASSWORD, type TActors } from '@/tests/helpers/users'

let s3: TS3Server
let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, signIn } = createRestClient<'readerA' | 'editor'>(() => server.baseUrl)

beforeAll(async () => {
  s3 = await startS3Server()
  Object.assign(process.env, s3.env)
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['readerA', 'editor'] as const) await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
  await s3?.stop()
  for (const name of Object.keys(s3?.env ?? {})) delete process.env[name]
})

type TUploaded = {
  id: number
  filename: string
  url: string
  sizes: Record<string, { filename: string | null; url: string | null }>
}

/** Uploads a 1280×720 PNG over HTTP as an editor, as the admin does. */
async function uploadAsEditor(extra: Record<string, unknown> = {}) {
  const png = await pngFile({ width: 1280, height: 720 })
  const form = new FormData()
  form.append('file', new Blob([png.data], { type: 'image/png' }), png.name)
  form.append('_payload', JSON.stringify({ alt: '存储测试', ...extra }))
  const answer = await api('/api/media?depth=0', { method: 'POST', as: 'editor', body: form })
  expect([answer.status, answer.body?.errors]).toEqual([201, undefined])
  return { doc: answer.body.doc as TUploaded, bytes: png.data }
}

/** A file URL's answer, anonymously or with `as`'s login cookie as a signed-in browser sends it. */
async function fileOf(url: string, as?: 'readerA' | 'editor') {
  const headers: Record<string, string> = as
    ? {
        cookie: await loginCookieFor(server.baseUrl, {
          email: actors[as].email,
          password: TEST_PASSWORD,
        }),
        origin: SITE_ORIGIN,
      }
    : {}
  const response = await fetch(`${server.baseUrl}${new URL(url, SITE_ORIGIN).pathname}`, {
    headers,
  })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}

test('an upload and all its sizes are stored in the bucket, none on the local disk', async () => {
  const { doc } = await uploadAsEditor()
  const expected = [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)]
  expect(expected.filter(Boolean)).toHaveLength(4)
  expect(await s3.keys()).toEqual(expect.arrayContaining(expected))
  const onDisk = await readdir(process.env.MEDIA_DIR ?? '').catch(() => [])
  expect(onDisk).toEqual([])
})

test('files come from the bucket through Payload, private until an article using them is published', async () => {
  const { doc, bytes } = await uploadAsEditor()
  expect((await fileOf(doc.url)).status).toBe(403)
  expect((await fileOf(doc.url, 'readerA')).status).toBe(403)
  const forEditor = await fileOf(doc.url, 'editor')
  expect(forEditor.status).toBe(200)
  expect(forEditor.bytes.equals(bytes)).toBe(true)

  await payload.create({
    collection: 'articles',
    data: {
      title: '存储测试文章',
      summary: '摘要',
      body: sampleBody(),
      cover: doc.id,
      _status: 'published',
    },
    overrideAccess: true,
  })
  const forVisitor = await fileOf(doc.url)
  expect(forVisitor.status).toBe(200)
  expect(forVisitor.bytes.equals(bytes)).toBe(true)
  const card = await fileOf(doc.sizes.card?.url ?? '')
  expect(card.status).toBe(200)
  expect(card.bytes.length).toBeGreaterThan(0)
})

test('deleting an image removes its objects from the bucket', async () => {
  const { doc } = await uploadAsEditor()
  const objects = [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)]
  const removed = await api(`/api/media/${doc.id}`, { method: 'DELETE', as: 'editor' })
  expect(removed.status).toBe(200)
  const left = await s3.keys()
  for (const key of objects) expect(left).not.toContain(key)
})

test('where an upload is stored cannot be chosen by the request, and readers do not see it', async () => {
  const { doc } = await uploadAsEditor({ prefix: '../elsewhere', _objectKey: 'taken' })
  const stored = await payload.findByID({ collection: 'media', id: doc.id, overrideAccess: true })
  expect(stored.prefix ?? '').toBe('')
  expect(stored._objectKey ?? null).toBeNull()
  expect(await s3.keys()).toContain(doc.filename)

  await payload.create({
    collection: 'articles',
    data: {
      title: '公开图片',
      summary: '摘要',
      body: sampleBody(),
      cover: doc.id,
      _status: 'published',
    },
    overrideAccess: true,
  })
  const asVisitor = await api(`/api/media/${doc.id}`)
  expect(asVisitor.status).toBe(200)
  expect(asVisitor.body).not.toHaveProperty('prefix')
  expect(asVisitor.body).not.toHaveProperty('_objectKey')
})
