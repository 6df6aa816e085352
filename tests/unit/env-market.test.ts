import { EnvError, parseEnv } from '@/lib/env'

describe('market data variables', () => {
  test('defaults: offline sample data, the public CoinGecko host, no key, every 60 s', () => {
    const env = parseEnv({})
    expect(env.MARKET_PROVIDER).toBe('offline')
    expect(env.COINGECKO_BASE_URL).toBe('https://api.coingecko.com')
    expect(env.COINGECKO_API_KEY).toBeUndefined()
    expect(env.MARKET_REFRESH_SECONDS).toBe(60)
    expect(env.MARKET_REFRESH_MAX_COINS).toBe(500)
  })

  test('CoinGecko with a demo key, a local test server and a slower refresh', () => {
    const env = parseEnv({
      MARKET_PROVIDER: 'coingecko',
      COINGECKO_API_KEY: ' CG-demo-key ',
      COINGECKO_BASE_URL: 'http://127.0.0.1:4010/',
      MARKET_REFRESH_SECONDS: '300',
    })
    expect(env.MARKET_PROVIDER).toBe('coingecko')
    expect(env.COINGECKO_API_KEY).toBe('CG-demo-key')
    expect(env.COINGECKO_BASE_URL).toBe('http://127.0.0.1:4010')
    expect(env.MARKET_REFRESH_SECONDS).toBe(300)
  })

  test("a base URL given with CoinGecko's /api/v3 suffix is accepted without it", () => {
    const env = parseEnv({ COINGECKO_BASE_URL: 'https://api.coingecko.com/api/v3/' })
    expect(env.COINGECKO_BASE_URL).toBe('https://api.coingecko.com')
  })

  test('the pro host works with a key', () => {
    const env = parseEnv({
      COINGECKO_BASE_URL: 'https://pro-api.coingecko.com',
      COINGECKO_API_KEY: 'CG-pro-key',
    })
    expect(env.COINGECKO_BASE_URL).toBe('https://pro-api.coingecko.com')
  })

  test('empty market variables count as unset', () => {
    const env = parseEnv({
      MARKET_PROVIDER: '',
      COINGECKO_API_KEY: '',
      COINGECKO_BASE_URL: '',
      MARKET_REFRESH_SECONDS: '',
    })
    expect(env.MARKET_PROVIDER).toBe('offline')
    expect(env.MARKET_REFRESH_SECONDS).toBe(60)
  })

  test.each([
    [
      { MARKET_PROVIDER: 'coinmarketcap' },
      /^Invalid environment variable MARKET_PROVIDER: must be coingecko or offline/,
    ],
    [
      { COINGECKO_BASE_URL: 'api.coingecko.com' },
      /^Invalid environment variable COINGECKO_BASE_URL: must be an absolute http\(s\) URL/,
    ],
    [{ COINGECKO_BASE_URL: 'ftp://api.coingecko.com' }, /COINGECKO_BASE_URL/],
    [
      { MARKET_PROVIDER: 'coingecko', MARKET_REFRESH_SECONDS: '30' },
      /^Invalid environment variable MARKET_REFRESH_SECONDS: must be a whole number of seconds from 60/,
    ],
    [{ MARKET_PROVIDER: 'coingecko', MARKET_REFRESH_SECONDS: '59' }, /MARKET_REFRESH_SECONDS/],
    [{ MARKET_REFRESH_SECONDS: '0' }, /MARKET_REFRESH_SECONDS/],
    [{ MARKET_REFRESH_SECONDS: '90.5' }, /MARKET_REFRESH_SECONDS/],
    [{ MARKET_REFRESH_SECONDS: 'soon' }, /MARKET_REFRESH_SECONDS/],
    [{ MARKET_REFRESH_SECONDS: '-60' }, /MARKET_REFRESH_SECONDS/],
    [{ MARKET_REFRESH_SECONDS: '86401' }, /MARKET_REFRESH_SECONDS/],
    [
      { MARKET_REFRESH_MAX_COINS: '29' },
      /^Invalid environment variable MARKET_REFRESH_MAX_COINS: must be a whole number of coins from 30 \(the top 30 by rank\) to 10000/,
    ],
    [{ MARKET_REFRESH_MAX_COINS: '10001' }, /MARKET_REFRESH_MAX_COINS/],
    [{ MARKET_REFRESH_MAX_COINS: 'all' }, /MARKET_REFRESH_MAX_COINS/],
    [{ MARKET_REFRESH_MAX_COINS: '1e3' }, /MARKET_REFRESH_MAX_COINS/],
    [
      { COINGECKO_BASE_URL: 'https://pro-api.coingecko.com' },
      /^Invalid environment variable COINGECKO_API_KEY: required with COINGECKO_BASE_URL=https:\/\/pro-api/,
    ],
  ])('%o is refused with one line naming the variable', (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError)
    expect(() => parseEnv(source)).toThrow(message)
    try {
      parseEnv(source)
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })

  test('the refresh cap takes 30 (the top 30 alone) to 10000 coins', () => {
    expect(parseEnv({ MARKET_REFRESH_MAX_COINS: '30' }).MARKET_REFRESH_MAX_COINS).toBe(30)
    expect(parseEnv({ MARKET_REFRESH_MAX_COINS: '10000' }).MARKET_REFRESH_MAX_COINS).toBe(10_000)
  })

  test('60 is the smallest refresh period accepted', () => {
    expect(parseEnv({ MARKET_REFRESH_SECONDS: '60' }).MARKET_REFRESH_SECONDS).toBe(60)
  })
})

test('a local stand-in for CoinGecko (tests, a mirror) may be polled faster than 60 s', () => {
  const env = parseEnv({
    MARKET_PROVIDER: 'coingecko',
    COINGECKO_BASE_URL: 'http://127.0.0.1:4010',
    MARKET_REFRESH_SECONDS: '2',
  })
  expect(env.MARKET_REFRESH_SECONDS).toBe(2)
  expect(parseEnv({ MARKET_REFRESH_SECONDS: '5' }).MARKET_REFRESH_SECONDS).toBe(5)
})
