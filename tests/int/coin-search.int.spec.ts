/**
 * Coin search by Chinese name and alias over real HTTP on loopback, on the demo coins: visitors
 * search the collection only (the provider is never asked), and the admin's coin picker, which
 * searches the label, lists the ticker first.
 */
import type { Payload } from 'payload'

import { demoCoins } from '@/lib/seed/coins'
import { fillDemoCoinNames } from '@/lib/seed/fillDemoCoinNames'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors

const { api, signIn } = createRestClient<'editor' | 'readerA'>(() => server.baseUrl, {
  eachCallAnotherClient: true,
})

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  for (const coin of demoCoins) {
    await payload.create({
      collection: 'coins',
      data: { ...coin, aliases: [...coin.aliases] },
      overrideAccess: true,
    })
  }
  server = await startRestServer(context.config)
  await signIn('editor', actors.editor.email)
  await signIn('readerA', actors.readerA.email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

type THit = { marketDataId: string; nameZh: string | null; inCollection: boolean }

async function search(q: string): Promise<THit[]> {
  const response = await api(`/api/coins/search?q=${encodeURIComponent(q)}`)
  expect(response.status).toBe(200)
  // One letter is answered by the collection alone, signed in or not.
  const leftOut = q.length > 1 ? { leftOut: 'signed-out' } : {}
  expect(response.body.provider).toMatchObject({ ok: true, ...leftOut })
  return response.body.results as THit[]
}

const idsOf = (hits: THit[]) => hits.map((hit) => hit.marketDataId)

/** The stored coin with this provider id, read as the system. */
async function coinOf(marketDataId: string) {
  const found = await payload.find({
    collection: 'coins',
    where: { marketDataId: { equals: marketDataId } },
    overrideAccess: true,
  })
  return found.docs[0]!
}

describe('GET /api/coins/search by Chinese name and alias', () => {
  test('以太坊 and 比特币 find their coin first, with the Chinese name in the hit', async () => {
    const ethereum = await search('以太坊')
    expect(ethereum[0]).toMatchObject({ marketDataId: 'ethereum', nameZh: '以太坊' })
    expect(idsOf(await search('比特币'))).toEqual(['bitcoin', 'bitcoin-cash'])
  })

  test('aliases of the Chinese market find their coin', async () => {
    expect(idsOf(await search('姨太'))).toEqual(['ethereum'])
    expect(idsOf(await search('大饼'))).toEqual(['bitcoin'])
    expect(idsOf(await search('饼'))).toEqual(['bitcoin', 'ethereum'])
  })

  test('"ETH" lists Ethereum first and Tether after the names that begin with ETH', async () => {
    expect(idsOf(await search('ETH'))).toEqual([
      'ethereum',
      'ethereum-classic',
      'aave',
      'ethena',
      'tether',
    ])
    expect(idsOf(await search('ＥＴＨ'))[0]).toBe('ethereum')
  })

  test('a low-ranked coin with the exact ticker is not crowded out by better-ranked partial matches', async () => {
    // 60 coins ranked above it whose names contain "PEP": more than the search looks through.
    for (let i = 0; i < 60; i++) {
      await payload.create({
        collection: 'coins',
        data: {
          marketDataId: `pep-filler-${i}`,
          symbol: `PF${i}`,
          name: `Pepfill ${i}`,
          rank: i + 1,
        },
        overrideAccess: true,
      })
    }
    await payload.create({
      collection: 'coins',
      data: { marketDataId: 'pep-token', symbol: 'PEP', name: 'Pep Token', rank: 5000 },
      overrideAccess: true,
    })
    const hits = idsOf(await search('pep'))
    expect(hits[0]).toBe('pep-token')
    await payload.delete({
      collection: 'coins',
      where: { marketDataId: { like: 'pep-' } },
      overrideAccess: true,
    })
  })

  test('an alias an editor adds is found at once; it is trimmed and kept once', async () => {
    const solana = await coinOf('solana')
    const patched = await api(`/api/coins/${solana.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { aliases: ['  索拉纳链 ', '索拉那', '索拉纳链', ''] },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.aliases).toEqual(['索拉纳链', '索拉那'])
    expect(idsOf(await search('索拉纳链'))).toEqual(['solana'])
  })

  test('a reader cannot change a coin’s names', async () => {
    const bitcoin = await coinOf('bitcoin')
    const refused = await api(`/api/coins/${bitcoin.id}`, {
      method: 'PATCH',
      as: 'readerA',
      json: { aliases: ['骗局'] },
    })
    expect(refused.status).toBe(403)
    expect(idsOf(await search('骗局'))).toEqual([])
  })
})

describe('the admin coin picker', () => {
  test('labels read "ETH · Ethereum · 以太坊" and follow a rename', async () => {
    const created = await payload.create({
      collection: 'coins',
      data: { marketDataId: 'label-coin', symbol: 'lbl', name: 'Label Coin' },
      overrideAccess: true,
    })
    expect(created.label).toBe('LBL · Label Coin')
    const renamed = await payload.update({
      collection: 'coins',
      id: created.id,
      data: { nameZh: '标签币' },
      overrideAccess: true,
    })
    expect(renamed.label).toBe('LBL · Label Coin · 标签币')
    // A write of figures only (the market refresh) keeps the label.
    const refreshed = await payload.update({
      collection: 'coins',
      id: created.id,
      data: { price: 1.5 },
      overrideAccess: true,
    })
    expect(refreshed.label).toBe('LBL · Label Coin · 标签币')
    await payload.delete({ collection: 'coins', id: created.id, overrideAccess: true })
  })

  test('typing "ETH" lists ETH first and Tether last, as the picker asks (label like, by rank)', async () => {
    // The query the relationship field sends (@payloadcms/ui fields/Relationship/Input.js).
    const query = new URLSearchParams({
      depth: '0',
      limit: '10',
      page: '1',
      sort: 'rank',
      'select[label]': 'true',
      'where[and][0][label][like]': 'ETH',
    })
    const response = await api(`/api/coins?${query}`, { as: 'editor' })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc: { label: string }) => doc.label)).toEqual([
      'ETH · Ethereum · 以太坊',
      'ETC · Ethereum Classic · 以太经典',
      'ENA · Ethena · 以太娜',
      'USDT · Tether · 泰达币',
    ])
  })

  test('a list without a label search keeps the order asked for', async () => {
    const response = await api('/api/coins?sort=rank&limit=3&depth=0', { as: 'editor' })
    expect(response.body.docs.map((doc: { symbol: string }) => doc.symbol)).toEqual([
      'BTC',
      'ETH',
      'USDT',
    ])
  })
})

describe('npm run seed on a demo database from before Chinese names', () => {
  test('gives demo coins without a Chinese name theirs, once, and keeps names an editor set', async () => {
    const bitcoin = await coinOf('bitcoin')
    await payload.update({
      collection: 'coins',
      id: bitcoin.id,
      data: { nameZh: null, aliases: [] },
      overrideAccess: true,
    })
    const ethereum = await coinOf('ethereum')
    await payload.update({
      collection: 'coins',
      id: ethereum.id,
      data: { nameZh: '以太币' },
      overrideAccess: true,
    })
    expect(await fillDemoCoinNames(payload)).toBe(1)
    expect(await coinOf('bitcoin')).toMatchObject({
      nameZh: '比特币',
      aliases: ['大饼', '饼', '比特'],
      label: 'BTC · Bitcoin · 比特币',
    })
    expect((await coinOf('ethereum')).nameZh).toBe('以太币')
    expect(await fillDemoCoinNames(payload)).toBe(0)
  })
})
