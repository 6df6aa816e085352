/**
 * 搜索与分享 (collections/fields/seo.ts), articles and 快讯: the article page's `<title>`, meta description and
 * og:image / Twitter card (lib/syndication/articleMetadata.ts, what the page's generateMetadata
 * returns) use the editor's override where written and the title, summary and cover otherwise, per
 * edition (zh-TW converts zh-CN's override). The article is written over REST as an editor and
 * read as the portal reads it (a visitor), so a share image that visitors could not see would show
 * as missing. The share image is public once the article is published, like its cover. A 快讯's
 * permalink (lib/syndication/flashMetadata.ts) does the same with its headline and text, and has
 * a share image only when one is chosen.
 */
import type { Payload } from 'payload'

import { makeMedia, sampleBody } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { CHINESE_EDITIONS, type TLocale } from '@/lib/i18n/locales'
import { findArticleBySlug } from '@/lib/queries/findArticles'
import { findFlashById, findFlashSeo } from '@/lib/queries/findFlashes'
import { articleMetadata } from '@/lib/syndication/articleMetadata'
import { flashMetadata } from '@/lib/syndication/flashMetadata'
import type { Media } from '@/payload-types'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
let cover: Media
let shareImage: Media
const { api, signIn } = createRestClient<'editor'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  await signIn('editor', actors.editor.email)
  cover = await makeMedia(payload, { width: 1280, height: 720 })
  shareImage = await makeMedia(payload, { width: 1200, height: 630 })
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

/** An article as the admin's 发布 sends it, with `meta` (搜索与分享) when given. */
async function publish(
  meta?: Record<string, unknown>,
  status: 'published' | 'draft' = 'published',
) {
  const created = await api(`/api/articles${status === 'draft' ? '?draft=true' : ''}`, {
    method: 'POST',
    as: 'editor',
    json: {
      title: '比特币数据网络升级',
      summary: '文章自己的摘要。',
      body: sampleBody(),
      cover: cover.id,
      meta,
      _status: status,
    },
  })
  expect(created.status).toBe(201)
  return created.body.doc as { id: number; slug: string }
}

/** The page's metadata in an edition, from the article as a visitor reads it. */
async function metadataOf(slug: string, locale: TLocale = 'zh-CN') {
  const article = await findArticleBySlug({ payload, slug, locale })
  if (!article) throw new Error(`no article ${slug} in ${locale}`)
  const metadata = articleMetadata({ article, locale, editions: CHINESE_EDITIONS })
  const images = (metadata.openGraph?.images ?? []) as { url: string }[]
  return {
    title: metadata.title,
    description: metadata.description,
    ogTitle: metadata.openGraph?.title,
    ogImage: images[0]?.url ?? null,
    twitterTitle: metadata.twitter?.title,
  }
}

const fileOf = (media: Media) => String(media.filename).replace(/\.png$/, '')

test('without an override the page shows the title, the summary and the cover', async () => {
  const { slug } = await publish()
  const shown = await metadataOf(slug)
  expect(shown).toMatchObject({
    title: '比特币数据网络升级',
    description: '文章自己的摘要。',
    ogTitle: '比特币数据网络升级',
    twitterTitle: '比特币数据网络升级',
  })
  expect(shown.ogImage).toContain(fileOf(cover))
})

test('the override wins: title, description and share image', async () => {
  const { slug } = await publish({
    title: '搜索里的标题',
    description: '搜索结果里的描述。',
    image: shareImage.id,
  })
  const shown = await metadataOf(slug)
  expect(shown).toMatchObject({
    title: '搜索里的标题',
    description: '搜索结果里的描述。',
    ogTitle: '搜索里的标题',
    twitterTitle: '搜索里的标题',
  })
  expect(shown.ogImage).toContain(fileOf(shareImage))
  // Published with the article: search engines and share cards can fetch it.
  expect((await api(`/api/media/${shareImage.id}`)).status).toBe(200)
})

test('an override left blank falls back part by part', async () => {
  const { slug } = await publish({ title: '   ', description: '只改了描述。' })
  const shown = await metadataOf(slug)
  expect(shown.title).toBe('比特币数据网络升级')
  expect(shown.description).toBe('只改了描述。')
  expect(shown.ogImage).toContain(fileOf(cover))
})

test('zh-TW converts the zh-CN override unless it has its own', async () => {
  const { id, slug } = await publish({ title: '数据网络的标题', description: '网络描述。' })
  expect((await metadataOf(slug, 'zh-TW')).title).toBe('資料網路的標題')
  const own = await api(`/api/articles/${id}?locale=zh-TW`, {
    method: 'PATCH',
    as: 'editor',
    json: { meta: { title: '繁體自己的標題' }, _status: 'published' },
  })
  expect(own.status).toBe(200)
  const shown = await metadataOf(slug, 'zh-TW')
  expect(shown.title).toBe('繁體自己的標題')
  expect(shown.description).toBe('網路描述。')
})

test('a draft’s share image stays private to editors', async () => {
  const privateImage = await makeMedia(payload)
  await publish({ image: privateImage.id }, 'draft')
  expect((await api(`/api/media/${privateImage.id}`)).status).toBe(404)
})

describe('快讯', () => {
  async function publishFlash(meta?: Record<string, unknown>) {
    const created = await api('/api/flashes', {
      method: 'POST',
      as: 'editor',
      json: { text: '某交易所上线新的数据网络代币。', meta, _status: 'published' },
    })
    expect(created.status).toBe(201)
    return String(created.body.doc.id)
  }

  async function flashMetadataOf(id: string, locale: TLocale = 'zh-CN') {
    const flash = await findFlashById(payload, id, locale)
    if (!flash) throw new Error(`no flash ${id} in ${locale}`)
    const seo = await findFlashSeo(payload, id, locale)
    const metadata = flashMetadata({ flash, seo, locale, editions: CHINESE_EDITIONS })
    const images = (metadata.openGraph?.images ?? []) as { url: string }[]
    return {
      title: metadata.title,
      description: metadata.description,
      ogTitle: metadata.openGraph?.title,
      ogImage: images[0]?.url ?? null,
    }
  }

  test('without an override: the headline with 快讯, the text, no image', async () => {
    const shown = await flashMetadataOf(await publishFlash())
    expect(shown.title).toMatch(/^某交易所上线新的数据网络代币.* · 快讯$/)
    expect(shown.description).toBe('某交易所上线新的数据网络代币。')
    expect(shown.ogImage).toBeNull()
  })

  test('the override wins, and its share image is public once published', async () => {
    const image = await makeMedia(payload)
    const id = await publishFlash({
      title: '快讯的搜索标题',
      description: '快讯的搜索描述。',
      image: image.id,
    })
    const shown = await flashMetadataOf(id)
    expect(shown).toMatchObject({
      title: '快讯的搜索标题',
      description: '快讯的搜索描述。',
      ogTitle: '快讯的搜索标题',
    })
    expect(shown.ogImage).toContain(fileOf(image))
    expect((await flashMetadataOf(id, 'zh-TW')).description).toBe('快訊的搜尋描述。')
    expect((await api(`/api/media/${image.id}`)).status).toBe(200)
  })
})
