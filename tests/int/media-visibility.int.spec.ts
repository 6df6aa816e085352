/**
 * Images are private until an article showing them is published: by id, in lists and at their
 * file URLs (every image size), over real HTTP. Editors see every image.
 */
import type { Payload } from 'payload'

import { makeMedia, sampleBody } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import type { Media } from '@/payload-types'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const SITE = 'http://localhost'
const { api, signIn } = createRestClient<'readerA' | 'editor'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['readerA', 'editor'] as const) await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

/** Its record by id, its place in the list and its file URLs, as `as` sees them. */
async function visibility(media: Media, as?: 'readerA' | 'editor') {
  const byId = await api(`/api/media/${media.id}`, { as })
  const list = await api(`/api/media?limit=100&depth=0`, { as })
  const listed = (list.body?.docs ?? []).some((doc: { id: unknown }) => doc.id === media.id)
  const urls = [media.url, media.sizes?.card?.url].filter((url): url is string => Boolean(url))
  const files = await Promise.all(
    // The Local API answers absolute URLs on SITE_URL; the same paths on the test server.
    urls.map(
      async (url) => (await fetch(`${server.baseUrl}${new URL(url, SITE).pathname}`)).status,
    ),
  )
  return { byId: byId.status, listed, files }
}

const articleWith = (media: Media, placement: 'cover' | 'body', status: 'draft' | 'published') =>
  payload.create({
    collection: 'articles',
    draft: status === 'draft',
    data: {
      title: `图片 ${placement} ${status}`,
      summary: '摘要',
      body:
        placement === 'body'
          ? lexicalFromBlocks([{ type: 'image', image: 'figure' }], new Map([['figure', media.id]]))
          : sampleBody(),
      cover: placement === 'cover' ? media.id : undefined,
      _status: status,
    },
    overrideAccess: true,
  })

test('an image no article uses is for staff only: not by id, not listed, not its files', async () => {
  const media = await makeMedia(payload, { width: 1280, height: 720 })
  expect(media.sizes?.card?.url).toBeTruthy()
  expect(await visibility(media)).toEqual({ byId: 404, listed: false, files: [403, 403] })
  expect(await visibility(media, 'readerA')).toEqual({
    byId: 404,
    listed: false,
    files: [403, 403],
  })
  const asEditor = await visibility(media, 'editor')
  expect(asEditor.byId).toBe(200)
  expect(asEditor.listed).toBe(true)
})

test.each(['cover', 'body'] as const)(
  'the %s image of a draft stays private until the article is published',
  async (placement) => {
    const media = await makeMedia(payload)
    const article = await articleWith(media, placement, 'draft')
    expect(await visibility(media)).toMatchObject({ byId: 404, listed: false, files: [403] })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect(await visibility(media)).toEqual({ byId: 200, listed: true, files: [200] })
  },
)

test('an image published in one article stays public when a draft elsewhere uses it', async () => {
  const media = await makeMedia(payload)
  await articleWith(media, 'cover', 'published')
  await articleWith(media, 'body', 'draft')
  expect(await visibility(media)).toEqual({ byId: 200, listed: true, files: [200] })
})

test('an image only in the English body becomes public when the article is published in zh-CN', async () => {
  const media = await makeMedia(payload)
  const article = await articleWith(media, 'cover', 'draft')
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { cover: null },
    draft: true,
    overrideAccess: true,
  })
  const englishImage = await makeMedia(payload)
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    draft: true,
    data: {
      title: 'With an image',
      summary: 'English',
      body: lexicalFromBlocks(
        [{ type: 'image', image: 'only' }],
        new Map([['only', englishImage.id]]),
      ),
    },
    overrideAccess: true,
  })
  expect(await visibility(englishImage)).toMatchObject({ byId: 404, listed: false })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { _status: 'published' },
    overrideAccess: true,
  })
  expect(await visibility(englishImage)).toEqual({ byId: 200, listed: true, files: [200] })
})
