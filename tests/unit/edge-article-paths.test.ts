import type { PayloadRequest } from 'payload'

import { articleEdgePaths, tagSlugsOf } from '@/lib/edge/articlePaths'
import { articleApiPaths } from '@/lib/edge/apiPaths'
import { inEveryEdition } from '@/lib/edge/editionPaths'

describe('articleApiPaths: the content API URLs nginx renews on an article change', () => {
  test('the list, the article (old and new slug), its tags’ and coins’ lists, in every edition', () => {
    expect(
      articleApiPaths({ slugs: ['new', 'old', null], tagSlugs: ['defi'], coinIds: ['bitcoin'] }),
    ).toEqual([
      '/api/v1/articles',
      '/api/v1/articles?locale=zh-TW',
      '/api/v1/articles?locale=en',
      '/api/v1/articles/new',
      '/api/v1/articles/new?locale=zh-TW',
      '/api/v1/articles/new?locale=en',
      '/api/v1/articles/old',
      '/api/v1/articles/old?locale=zh-TW',
      '/api/v1/articles/old?locale=en',
      '/api/v1/articles?tag=defi',
      '/api/v1/articles?locale=zh-TW&tag=defi',
      '/api/v1/articles?locale=en&tag=defi',
      '/api/v1/articles?coin=bitcoin',
      '/api/v1/articles?locale=zh-TW&coin=bitcoin',
      '/api/v1/articles?locale=en&coin=bitcoin',
    ])
  })
})

describe('articleEdgePaths', () => {
  test('home and article first, then the tag feeds, then RSS', () => {
    expect(articleEdgePaths({ slugs: ['pectra-k3x9a2qp'], tagSlugs: ['defi', 'layer2'] })).toEqual([
      '/',
      '/articles/pectra-k3x9a2qp',
      '/tag/defi',
      '/tag/layer2',
      '/rss.xml',
      '/tag/defi/rss.xml',
      '/tag/layer2/rss.xml',
    ])
  })

  test('the pages of its coins, now and before, and their RSS', () => {
    expect(
      articleEdgePaths({ slugs: ['a'], tagSlugs: ['defi'], coinIds: ['bitcoin', 'lido-dao'] }),
    ).toEqual([
      '/',
      '/articles/a',
      '/tag/defi',
      '/coins/bitcoin',
      '/coins/lido-dao',
      '/rss.xml',
      '/tag/defi/rss.xml',
      '/coins/bitcoin/rss.xml',
      '/coins/lido-dao/rss.xml',
    ])
  })

  test('a changed slug renews the old page too; repeated and missing slugs are dropped', () => {
    expect(
      articleEdgePaths({
        slugs: ['new-slug', 'old-slug', 'new-slug', null, undefined],
        tagSlugs: [],
      }),
    ).toEqual(['/', '/articles/new-slug', '/articles/old-slug', '/rss.xml'])
  })

  test('tags it left and joined each appear once', () => {
    const paths = articleEdgePaths({ slugs: ['a'], tagSlugs: ['defi', 'nft', 'defi'] })
    expect(paths.filter((path) => path === '/tag/defi')).toHaveLength(1)
    expect(paths).toContain('/tag/nft/rss.xml')
  })

  test('path segments are escaped, so a slug cannot add a path or a query', () => {
    expect(articleEdgePaths({ slugs: ['a/b?c'], tagSlugs: ['x y'] })).toEqual([
      '/',
      '/articles/a%2Fb%3Fc',
      '/tag/x%20y',
      '/rss.xml',
      '/tag/x%20y/rss.xml',
    ])
  })
})

type TFindArgs = { where: { id: { in: (number | string)[] } }; select: unknown; req: unknown }

function fakeRequest(tags: { id: number; slug: string }[], fail = false) {
  const calls: TFindArgs[] = []
  const warnings: unknown[] = []
  const req = {
    payload: {
      find: async (args: TFindArgs) => {
        calls.push(args)
        if (fail) throw new Error('database gone')
        return { docs: tags.filter((tag) => args.where.id.in.includes(tag.id)) }
      },
      logger: { warn: (entry: unknown) => void warnings.push(entry) },
    },
  } as unknown as PayloadRequest
  return { req, calls, warnings }
}

describe('tagSlugsOf', () => {
  const tags = [
    { id: 1, slug: 'defi' },
    { id: 2, slug: 'nft' },
    { id: 3, slug: 'layer2' },
  ]

  test('populated tags need no query', async () => {
    const { req, calls } = fakeRequest(tags)
    expect(await tagSlugsOf([{ id: 1, slug: 'defi' }, null, undefined], req)).toEqual(['defi'])
    expect(calls).toHaveLength(0)
  })

  test('bare ids are looked up in one query that selects the slug, in the hook’s transaction', async () => {
    const { req, calls } = fakeRequest(tags)
    const slugs = await tagSlugsOf([1, { id: 2, slug: 'nft' }, 3, 1, { id: 3 }], req)
    expect(slugs.sort()).toEqual(['defi', 'layer2', 'nft'])
    expect(calls).toHaveLength(1)
    expect(calls[0]!.where.id.in).toEqual([1, 3])
    expect(calls[0]!.select).toEqual({ slug: true })
    expect(calls[0]!.req).toBe(req)
  })

  test('a failed lookup is logged and keeps the slugs already known', async () => {
    const { req, warnings } = fakeRequest(tags, true)
    expect(await tagSlugsOf([{ id: 2, slug: 'nft' }, 1], req)).toEqual(['nft'])
    expect(warnings).toHaveLength(1)
  })
})

describe('inEveryEdition', () => {
  test("zh-CN's pages first, then zh-TW's and English's, each in the given order", () => {
    expect(inEveryEdition(['/', '/articles/a', '/rss.xml'])).toEqual([
      '/',
      '/articles/a',
      '/rss.xml',
      '/zh-tw',
      '/zh-tw/articles/a',
      '/zh-tw/rss.xml',
      '/en',
      '/en/articles/a',
      '/en/rss.xml',
    ])
  })
})
