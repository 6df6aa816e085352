import type { Payload } from 'payload'

import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { getEnv } from '@/lib/env'
import { dayOf } from '@/lib/slug'

let context: TTestPayload
let payload: Payload
let actors: TActors

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
})
afterAll(async () => context?.cleanup())

const body = lexicalFromBlocks([
  { type: 'h2', text: '背景' },
  { type: 'p', text: '正文段落。' },
  { type: 'table', header: ['项目名称', '融资额'], rows: [['甲', '100 万美元']] },
])

/** Writes an article as the editor would in the admin (access rules applied). */
function writeAsEditor(title: string, status: 'draft' | 'published') {
  return payload.create({
    collection: 'articles',
    data: { title, summary: '摘要', body, _status: status },
    user: actors.editor,
    overrideAccess: false,
  })
}

describe('articles', () => {
  test('a Chinese title gets a URL-safe slug with its Latin words and a short id', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: '以太坊 Pectra 升级与 Layer2 费用',
        summary: '摘要',
        body,
        _status: 'published',
      },
      user: actors.editor,
      overrideAccess: false,
    })
    expect(article.slug).toMatch(/^pectra-layer2-[a-z0-9]{8}$/)
  })

  test("an all-Chinese title gets the readers' day and a short id", async () => {
    const article = await writeAsEditor('比特币减半之后的矿工', 'draft')
    const day = dayOf(new Date(article.createdAt), getEnv().TZ_DISPLAY)
    expect(article.slug).toMatch(new RegExp(`^${day}-[a-z0-9]{6}$`))
  })

  test("the admin list's default order (no sort asked) puts a new draft first", async () => {
    const published = await writeAsEditor('已发布的旧闻', 'published')
    const draft = await writeAsEditor('刚写的草稿', 'draft')
    // As the admin's list view asks: drafts on, the collection's default sort.
    const firstPage = await payload.find({
      collection: 'articles',
      draft: true,
      depth: 0,
      limit: 2,
      user: actors.editor,
      overrideAccess: false,
    })
    expect(firstPage.docs.map((doc) => doc.id)).toEqual([draft.id, published.id])
  })

  test('the slug stays the same when the title is edited', async () => {
    const article = await writeAsEditor('稳定币 USDC 供应量', 'published')
    const edited = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: '稳定币 USDT 与 USDC 供应量对比' },
      user: actors.editor,
      overrideAccess: false,
    })
    expect(edited.slug).toBe(article.slug)
  })

  test('publishing stamps publishedAt to the second and the byline from the author', async () => {
    const before = Date.now()
    const article = await payload.create({
      collection: 'articles',
      data: { title: '发布时间测试', summary: '摘要', body, _status: 'published' },
      user: actors.editor,
      overrideAccess: false,
    })
    const publishedAt = new Date(article.publishedAt ?? '')
    expect(publishedAt.getMilliseconds()).toBe(0)
    expect(publishedAt.getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(article.byline).toBe('Editor')
  })

  test('a draft has no publish time until it is published', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: '草稿测试', summary: '摘要', body, _status: 'draft' },
      user: actors.editor,
      overrideAccess: false,
    })
    expect(draft.publishedAt ?? null).toBeNull()
  })

  test('tables in the body are stored and read back intact', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: '表格测试 table', summary: '摘要', body, _status: 'published' },
      overrideAccess: true,
    })
    const read = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    const table = read.body.root.children.find((node) => node.type === 'table') as
      { children: { children: { headerState: number }[] }[] } | undefined
    expect(table?.children).toHaveLength(2)
    expect(table?.children[0]?.children[0]?.headerState).toBe(1)
  })

  test('a duplicate slug is refused with a clear error and the first article is unchanged', async () => {
    const first = await payload.create({
      collection: 'articles',
      data: {
        title: '原文 unique',
        slug: 'unique-slug-test',
        summary: '摘要',
        body,
        _status: 'published',
      },
      overrideAccess: true,
    })
    await expect(
      payload.create({
        collection: 'articles',
        data: {
          title: '另一篇',
          slug: 'unique-slug-test',
          summary: '摘要',
          body,
          _status: 'published',
        },
        user: actors.editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const again = await payload.findByID({ collection: 'articles', id: first.id, depth: 0 })
    expect(again.title).toBe('原文 unique')
  })
})
