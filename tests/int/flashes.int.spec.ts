/**
 * The 快讯 collection: what an editor's save stores (the time, the prices at publishing) and what
 * it refuses, through the Local API as the admin and REST reach it.
 */
import type { Payload } from 'payload'

import { makeCoin, makeFlash, makeFlashCategory } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { seedActors, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let actors: TActors

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
})
afterAll(async () => context?.cleanup())

const coinAt = async (price: number) => {
  const coin = await makeCoin(payload)
  return payload.update({ collection: 'coins', id: coin.id, data: { price }, overrideAccess: true })
}

const asEditor = () => ({ overrideAccess: false, user: actors.editor })

describe('prices at publishing (发布后涨跌)', () => {
  test('publishing records each linked coin’s price at that moment, whatever the request says', async () => {
    const btc = await coinAt(64000)
    const eth = await coinAt(3100)
    const flash = await payload.create({
      collection: 'flashes',
      data: {
        text: 'BTC 与 ETH 同步走强',
        coins: [btc.id, eth.id],
        pricesAtPublish: { [String(btc.id)]: 1 },
        _status: 'published',
      },
      ...asEditor(),
    })
    expect(flash.pricesAtPublish).toEqual({ [String(btc.id)]: 64000, [String(eth.id)]: 3100 })
    expect(flash.publishedAt).toEqual(expect.any(String))
  })

  test('a draft records nothing; the publish does, and later edits keep the first figures', async () => {
    const coin = await coinAt(10)
    const draft = await makeFlash(payload, { status: 'draft', coins: [coin.id] })
    expect(draft.pricesAtPublish ?? {}).toEqual({})

    const published = await payload.update({
      collection: 'flashes',
      id: draft.id,
      data: { _status: 'published' },
      ...asEditor(),
    })
    expect(published.pricesAtPublish).toEqual({ [String(coin.id)]: 10 })

    await payload.update({
      collection: 'coins',
      id: coin.id,
      data: { price: 12 },
      overrideAccess: true,
    })
    const later = await coinAt(5)
    const edited = await payload.update({
      collection: 'flashes',
      id: draft.id,
      data: { coins: [coin.id, later.id], pricesAtPublish: {} },
      ...asEditor(),
    })
    // The first coin keeps its price at publishing; the one linked later gets the edit's price.
    expect(edited.pricesAtPublish).toEqual({ [String(coin.id)]: 10, [String(later.id)]: 5 })

    const unlinked = await payload.update({
      collection: 'flashes',
      id: draft.id,
      data: { coins: [later.id] },
      ...asEditor(),
    })
    expect(unlinked.pricesAtPublish).toEqual({ [String(later.id)]: 5 })
  })

  test('a coin without a price gets no figure', async () => {
    const coin = await makeCoin(payload)
    const flash = await makeFlash(payload, { coins: [coin.id] })
    expect(flash.pricesAtPublish).toEqual({})
  })
})

describe('what a save refuses', () => {
  const refusal = async (data: Record<string, unknown>) => {
    try {
      await payload.create({
        collection: 'flashes',
        data: { _status: 'published', ...data },
        ...asEditor(),
      })
      return null
    } catch (error) {
      const { status, data: details } = error as {
        status?: number
        data?: { errors?: { path: string }[] }
      }
      return { status, paths: details?.errors?.map((item) => item.path) }
    }
  }

  test('no text, text over 500 characters, a source link that is not http(s)', async () => {
    expect(await refusal({})).toEqual({ status: 400, paths: ['text'] })
    expect(await refusal({ text: '长'.repeat(501) })).toEqual({ status: 400, paths: ['text'] })
    expect(await refusal({ text: '来源', source: { url: 'javascript:alert(1)' } })).toEqual({
      status: 400,
      paths: ['source.url'],
    })
    expect(await refusal({ text: '长'.repeat(500) })).toBeNull()
  })

  test('a category cannot take the 重要 filter’s own slug', async () => {
    await expect(
      payload.create({
        collection: 'flash-categories',
        data: { name: '重要', slug: 'important', order: 1 },
        ...asEditor(),
      }),
    ).rejects.toMatchObject({ status: 400 })
    const category = await makeFlashCategory(payload)
    const flash = await makeFlash(payload, { categories: [category.id] })
    expect(flash.categories).toEqual([expect.objectContaining({ id: category.id })])
  })
})
