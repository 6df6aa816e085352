import type { IncomingMessage } from 'node:http'

import { parseEnv } from '@/lib/env'
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressOf,
  stampClientAddress,
} from '@/lib/rateLimit/clientAddress'
import { routeLimitOf } from '@/lib/rateLimit/routeLimits'
import { tooManyRequestsMessage } from '@/lib/rateLimit/tooManyRequests'
import { compileTrustedProxies } from '@/lib/rateLimit/trustedProxies'

const requestFrom = (peer: string, headers: Record<string, string> = {}) =>
  ({
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers,
  }) as unknown as IncomingMessage

const stamped = (request: IncomingMessage) => request.headers[CLIENT_ADDRESS_HEADER]

describe('the client address', () => {
  test('with no trusted proxy it is the connection’s peer, whatever X-Forwarded-For says', () => {
    const request = requestFrom('198.51.100.7', { 'x-forwarded-for': '10.0.0.1' })
    stampClientAddress(request, compileTrustedProxies(''))
    expect(stamped(request)).toBe('198.51.100.7')
  })

  test('behind a trusted proxy it is the nearest untrusted address of X-Forwarded-For', () => {
    const request = requestFrom('127.0.0.1', {
      'x-forwarded-for': '203.0.113.9, 10.0.0.5, 127.0.0.1',
    })
    stampClientAddress(request, compileTrustedProxies('loopback, 10.0.0.0/8'))
    expect(stamped(request)).toBe('203.0.113.9')
  })

  test('a client cannot send its own: the header is always replaced', () => {
    const request = requestFrom('198.51.100.7', { [CLIENT_ADDRESS_HEADER]: '1.2.3.4' })
    stampClientAddress(request, compileTrustedProxies('loopback'))
    expect(stamped(request)).toBe('198.51.100.7')
  })

  test('where nothing recorded one (next dev, scripts) there is none, and nothing is limited', () => {
    expect(clientAddressOf(new Headers())).toBeNull()
    expect(clientAddressOf(undefined)).toBeNull()
    expect(clientAddressOf(new Headers({ [CLIENT_ADDRESS_HEADER]: '10.0.0.1' }))).toBe('10.0.0.1')
  })
})

describe('TRUSTED_PROXIES', () => {
  test('accepts addresses, ranges and proxy-addr’s names; refuses anything else with the variable named', () => {
    expect(parseEnv({ TRUSTED_PROXIES: 'loopback, 172.16.0.0/12, ::1' }).TRUSTED_PROXIES).toBe(
      'loopback, 172.16.0.0/12, ::1',
    )
    expect(parseEnv({}).TRUSTED_PROXIES).toBe('')
    expect(() => parseEnv({ TRUSTED_PROXIES: 'nginx' })).toThrow(
      /Invalid environment variable TRUSTED_PROXIES: must be comma-separated addresses/,
    )
  })
})

describe('which API routes spend which limit', () => {
  test.each([
    ['POST', '/api/graphql', 'graphql'],
    ['GET', '/api/coins/search', 'coinSearch'],
    ['POST', '/api/coins/adopt', 'coinAdopt'],
    ['POST', '/api/bookmarks', 'savedWrites'],
    ['DELETE', '/api/bookmarks/12', 'savedWrites'],
    ['PUT', '/api/watchlists/mine', 'savedWrites'],
    ['PATCH', '/api/watchlists/3', 'savedWrites'],
    ['GET', '/api/watchlists/mine', null],
    ['GET', '/api/bookmarks/status', null],
    ['GET', '/api/bookmarks/states', 'bookmarkStates'],
    ['GET', '/api/bookmarks/mine', 'bookmarkStates'],
    ['POST', '/api/flashes/12/vote', 'savedWrites'],
    ['GET', '/api/flashes/votes', 'bookmarkStates'],
    ['GET', '/api/flashes', null],
    ['PATCH', '/api/flashes/12', null],
    ['GET', '/api/articles', null],
    ['POST', '/api/bookmarksx', null],
    // Logins, registrations and reset mails are limited in the users collection's hooks.
    ['POST', '/api/users/login', null],
  ])('%s %s → %s', (method, path, limit) => {
    expect(routeLimitOf(method, path)).toBe(limit)
  })
})

describe('the wait a 429 names', () => {
  test.each([
    [30, '30 秒后再试 / too many requests, try again in 30 s'],
    [90, '2 分钟后再试 / too many requests, try again in 2 min'],
    [7199, '120 分钟后再试 / too many requests, try again in 120 min'],
    // A daily budget (coin adopts) waits hours, not a thousand minutes.
    [86_400, '24 小时后再试 / too many requests, try again in 24 h'],
  ])('%i s → "%s"', (seconds, ending) => {
    expect(tooManyRequestsMessage(seconds).endsWith(ending)).toBe(true)
  })
})
