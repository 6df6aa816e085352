import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One entry of GET /api/v3/coins/markets, as CoinGecko documents it (sparkline shortened). */
export type TFakeMarket = Record<string, unknown> & { id: string }

export function marketOf(id: string, overrides: Record<string, unknown> = {}): TFakeMarket {
  return {
    id,
    symbol: id.slice(0, 4),
    name: `Coin ${id}`,
    image: `https://coin-images.coingecko.com/coins/images/1/large/${id}.png`,
    current_price: 77671,
    market_cap: 1555886872303,
    market_cap_rank: 1,
    fully_diluted_valuation: 1555914058873,
    total_volume: 33235034316,
    high_24h: 78419,
    low_24h: 76696,
    price_change_24h: -747.3360347281705,
    price_change_percentage_24h: -0.95302,
    market_cap_change_24h: -15184401491.513184,
    market_cap_change_percentage_24h: -0.9665,
    circulating_supply: 20030493.0,
    total_supply: 20030843.0,
    max_supply: 21000000.0,
    ath: 126080,
    ath_change_percentage: -38.39571,
    ath_date: '2025-10-06T18:57:42.558Z',
    atl: 67.81,
    atl_change_percentage: 114443.23093,
    atl_date: '2013-07-06T00:00:00.000Z',
    roi: null,
    last_updated: '2026-05-18T12:49:21.599Z',
    sparkline_in_7d: { price: [78102.1, 77950.4, 77810.9, 77702.3, 77671.0] },
    price_change_percentage_24h_in_currency: -0.9530164743774191,
    ...overrides,
  }
}

export type TFakeRequest = {
  path: string
  query: URLSearchParams
  headers: http.IncomingHttpHeaders
}
export type TFakeReply = {
  status?: number
  headers?: Record<string, string>
  /** A string is sent as is; anything else as JSON. */
  body?: unknown
  delayMs?: number
}
type TOverride = (request: TFakeRequest, index: number) => TFakeReply | undefined

export type TFakeCoinGecko = {
  baseUrl: string
  requests: TFakeRequest[]
  /** What /coins/markets knows, by id. */
  markets: Map<string, TFakeMarket>
  /** Answer requests differently (return undefined to fall back to the normal answer). */
  override: (fn: TOverride | undefined) => void
  close: () => Promise<void>
}

/**
 * A stand-in for CoinGecko on 127.0.0.1: /api/v3/coins/markets (honouring `ids` and `per_page`,
 * 100 by default like the real one) and /api/v3/search. Tests never reach the internet.
 */
export async function startFakeCoinGecko(): Promise<TFakeCoinGecko> {
  const requests: TFakeRequest[] = []
  const markets = new Map<string, TFakeMarket>()
  let override: TOverride | undefined

  const normal = (request: TFakeRequest): TFakeReply => {
    if (request.path === '/api/v3/coins/markets') {
      const ids = (request.query.get('ids') ?? '').split(',').filter(Boolean)
      const perPage = Number(request.query.get('per_page') ?? 100)
      const found = ids.flatMap((id) => {
        const market = markets.get(id)
        return market ? [market] : []
      })
      return { body: found.slice(0, perPage) }
    }
    if (request.path === '/api/v3/search') {
      const query = (request.query.get('query') ?? '').toLowerCase()
      const coins = [...markets.values()]
        .filter((m) => String(m.name).toLowerCase().includes(query) || m.id.includes(query))
        .map((m) => ({
          id: m.id,
          name: m.name,
          api_symbol: m.id,
          symbol: String(m.symbol).toUpperCase(),
          market_cap_rank: m.market_cap_rank,
          thumb: `https://coin-images.coingecko.com/coins/images/1/thumb/${m.id}.png`,
          large: `https://coin-images.coingecko.com/coins/images/1/large/${m.id}.png`,
        }))
      return { body: { coins, exchanges: [], icos: [], categories: [], nfts: [] } }
    }
    return { status: 404, body: { error: 'not found' } }
  }

  const server = http.createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    const request = { path: url.pathname, query: url.searchParams, headers: incoming.headers }
    requests.push(request)
    const reply = override?.(request, requests.length - 1) ?? normal(request)
    const send = () => {
      if (outgoing.destroyed) return
      const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? null)
      outgoing.writeHead(reply.status ?? 200, {
        'content-type': 'application/json',
        ...reply.headers,
      })
      outgoing.end(body)
    }
    if (reply.delayMs) setTimeout(send, reply.delayMs).unref()
    else send()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    markets,
    override: (fn) => {
      override = fn
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
