/**
 * The rate limits (lib/rateLimit, collections/Users/hooks/throttleAccounts.ts) over real HTTP on
 * loopback. The test server trusts X-Forwarded-For from loopback as server.ts does behind nginx
 * with TRUSTED_PROXIES, so each test speaks for clients of its own.
 */
import type { Payload } from 'payload'

import { RATE_LIMIT_RULES } from '@/lib/rateLimit/rules'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { anotherClientAddress, createRestClient } from '@/tests/helpers/restClient'
import { seedActors, TEST_PASSWORD, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, signIn } = createRestClient<'readerA'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  await signIn('readerA', actors.readerA.email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const from = (client: string) => ({ 'x-forwarded-for': client })

const loginFrom = (client: string, email: string, password: string) =>
  api('/api/users/login', { method: 'POST', headers: from(client), json: { email, password } })

/** A 429 as every limit answers it: a wait in Retry-After and a message that says so. */
function expectTooMany(
  answer: { status: number; headers: Headers; body: unknown },
  windowSeconds: number,
) {
  expect(answer.status).toBe(429)
  const retryAfter = Number(answer.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds)
  expect(JSON.stringify(answer.body)).toContain('too many requests')
}

describe('logins', () => {
  test('five wrong passwords for one account slow that client only; the owner elsewhere logs in', async () => {
    const { points, blockSeconds } = RATE_LIMIT_RULES.loginPerAccount
    const stranger = anotherClientAddress()
    for (let i = 0; i < points; i++) {
      expect((await loginFrom(stranger, actors.editor.email, 'wrong-password')).status).toBe(401)
    }
    expectTooMany(await loginFrom(stranger, actors.editor.email, 'wrong-password'), blockSeconds)
    // Even the right password waits at that client: it could be the guess that finally hit.
    expect((await loginFrom(stranger, actors.editor.email, TEST_PASSWORD)).status).toBe(429)
    const owner = await loginFrom(anotherClientAddress(), actors.editor.email, TEST_PASSWORD)
    expect(owner.status).toBe(200)
  })

  test('one client guessing across many addresses is stopped; a successful login is given back', async () => {
    const { points, blockSeconds } = RATE_LIMIT_RULES.loginPerClient
    const client = anotherClientAddress()
    for (let i = 0; i < points - 1; i++) {
      expect((await loginFrom(client, `guess-${i}@test.local`, 'wrong-password')).status).toBe(401)
    }
    expect((await loginFrom(client, actors.readerB.email, TEST_PASSWORD)).status).toBe(200)
    expect((await loginFrom(client, 'guess-last@test.local', 'wrong-password')).status).toBe(401)
    expectTooMany(await loginFrom(client, 'guess-over@test.local', 'wrong-password'), blockSeconds)
    // Another client is not held up by this one.
    expect((await loginFrom(anotherClientAddress(), 'other@test.local', 'x')).status).toBe(401)
  })

  test('the limit holds for login over GraphQL too', async () => {
    const client = anotherClientAddress()
    const mutation = (password: string) =>
      api('/api/graphql', {
        method: 'POST',
        headers: from(client),
        json: {
          query: `mutation { loginUser(email: "${actors.readerB.email}", password: "${password}") { token } }`,
        },
      })
    for (let i = 0; i < RATE_LIMIT_RULES.loginPerAccount.points; i++) {
      expect(JSON.stringify((await mutation('wrong-password')).body)).not.toContain('too many')
    }
    expect(JSON.stringify((await mutation('wrong-password')).body)).toContain('too many requests')
  })

  test('without a trusted proxy, X-Forwarded-For does not buy a fresh budget', async () => {
    const direct = await startRestServer(context.config, { trustedProxies: '' })
    try {
      const spoofed = (n: number) =>
        fetch(`${direct.baseUrl}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${n}` },
          body: JSON.stringify({ email: actors.admin.email, password: 'wrong-password' }),
        })
      for (let i = 0; i < RATE_LIMIT_RULES.loginPerAccount.points; i++) {
        expect((await spoofed(i)).status).toBe(401)
      }
      expect((await spoofed(99)).status).toBe(429)
    } finally {
      await direct.close()
    }
  })
})

describe('accounts', () => {
  test('registrations per client are limited', async () => {
    const { points, durationSeconds } = RATE_LIMIT_RULES.registerPerClient
    const client = anotherClientAddress()
    const register = (n: number) =>
      api('/api/users', {
        method: 'POST',
        headers: from(client),
        json: {
          email: `many-${n}@test.local`,
          password: 'a long passphrase 42',
          displayName: `读者${n}`,
        },
      })
    for (let i = 0; i < points; i++) expect((await register(i)).status).toBe(201)
    expectTooMany(await register(points), durationSeconds)
    const created = await payload.count({
      collection: 'users',
      where: { email: { like: 'many-' } },
    })
    expect(created.totalDocs).toBe(points)
  })

  test('password-reset mails are limited per client and per address asked for', async () => {
    const perClient = RATE_LIMIT_RULES.forgotPasswordPerClient
    const client = anotherClientAddress()
    const ask = (email: string, at = client) =>
      api('/api/users/forgot-password', { method: 'POST', headers: from(at), json: { email } })
    for (let i = 0; i < perClient.points; i++) {
      expect((await ask(`reset-${i}@test.local`)).status).toBe(200)
    }
    expectTooMany(await ask('reset-over@test.local'), perClient.durationSeconds)

    const perAccount = RATE_LIMIT_RULES.forgotPasswordPerAccount
    for (let i = 0; i < perAccount.points; i++) {
      expect((await ask(actors.readerB.email, anotherClientAddress())).status).toBe(200)
    }
    expectTooMany(
      await ask(actors.readerB.email, anotherClientAddress()),
      perAccount.durationSeconds,
    )
  })
})

describe('API routes', () => {
  /** Spends a route's whole budget from one client, then expects its 429. */
  async function exhaust(
    call: (client: string) => Promise<{ status: number; headers: Headers; body: unknown }>,
    rule: { points: number; durationSeconds: number },
  ) {
    const client = anotherClientAddress()
    for (let i = 0; i < rule.points; i++) expect((await call(client)).status).not.toBe(429)
    expectTooMany(await call(client), rule.durationSeconds)
    // The next client has its own budget.
    expect((await call(anotherClientAddress())).status).not.toBe(429)
  }

  test('GraphQL', async () => {
    await exhaust(
      (client) =>
        api('/api/graphql', {
          method: 'POST',
          headers: from(client),
          json: { query: '{ Tags(limit: 1) { totalDocs } }' },
        }),
      RATE_LIMIT_RULES.graphql,
    )
  })

  test('coin search', async () => {
    await exhaust(
      (client) => api('/api/coins/search?q=btc', { headers: from(client) }),
      RATE_LIMIT_RULES.coinSearch,
    )
  })

  test('search', async () => {
    await exhaust(
      (client) => api('/api/search?q=质押', { headers: from(client) }),
      RATE_LIMIT_RULES.search,
    )
  })

  test('自选资讯 pages', async () => {
    await exhaust(
      (client) => api('/api/watchlists/news', { as: 'readerA', headers: from(client) }),
      RATE_LIMIT_RULES.watchlistNews,
    )
  })

  test('热门 view beacons', async () => {
    await exhaust(
      (client) =>
        api('/api/article-views/record', {
          method: 'POST',
          headers: from(client),
          json: { article: '1' },
        }),
      RATE_LIMIT_RULES.articleViews,
    )
  })

  test('coin adopt', async () => {
    await exhaust(
      (client) =>
        api('/api/coins/adopt', {
          method: 'POST',
          as: 'readerA',
          headers: from(client),
          json: { marketDataId: '' },
        }),
      RATE_LIMIT_RULES.coinAdopt,
    )
  })

  test('bookmark states of feed pages', async () => {
    await exhaust(
      (client) =>
        api('/api/bookmarks/states?articles=1,2', { as: 'readerA', headers: from(client) }),
      RATE_LIMIT_RULES.bookmarkStates,
    )
  })

  test('bookmark and watchlist writes share one budget; reading them does not spend it', async () => {
    const client = anotherClientAddress()
    const rule = RATE_LIMIT_RULES.savedWrites
    for (let i = 0; i < rule.points; i++) {
      const write =
        i % 2
          ? api('/api/bookmarks', {
              method: 'POST',
              as: 'readerA',
              headers: from(client),
              json: {},
            })
          : api('/api/watchlists/mine', {
              method: 'PUT',
              as: 'readerA',
              headers: from(client),
              json: { items: [] },
            })
      expect((await write).status).not.toBe(429)
    }
    expect(
      (await api('/api/watchlists/mine', { as: 'readerA', headers: from(client) })).status,
    ).toBe(200)
    expectTooMany(
      await api('/api/bookmarks', {
        method: 'POST',
        as: 'readerA',
        headers: from(client),
        json: {},
      }),
      rule.durationSeconds,
    )
  })
})
