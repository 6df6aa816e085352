import { parseEnv } from '@/lib/env'
import { internalOrigin } from '@/lib/jobs/runner'

describe('scheduled publishing settings', () => {
  test('defaults: due jobs looked for every 5 s, the server reached on loopback at its PORT', () => {
    const env = parseEnv({})
    expect(env.SCHEDULE_POLL_SECONDS).toBe(5)
    expect(env.INTERNAL_URL).toBeUndefined()
    expect(internalOrigin(env.INTERNAL_URL, '4100')).toBe('http://127.0.0.1:4100')
    expect(internalOrigin(env.INTERNAL_URL, undefined)).toBe('http://127.0.0.1:3000')
  })

  test('INTERNAL_URL replaces the loopback address, without a trailing slash', () => {
    const env = parseEnv({ INTERNAL_URL: 'http://10.0.0.5:3000/', SCHEDULE_POLL_SECONDS: '1' })
    expect(env.SCHEDULE_POLL_SECONDS).toBe(1)
    expect(internalOrigin(env.INTERNAL_URL, '4100')).toBe('http://10.0.0.5:3000')
  })

  test.each([
    [
      { SCHEDULE_POLL_SECONDS: '0' },
      /^Invalid environment variable SCHEDULE_POLL_SECONDS: must be a whole number of seconds from 1 to 3600$/,
    ],
    [{ SCHEDULE_POLL_SECONDS: '2.5' }, /SCHEDULE_POLL_SECONDS/],
    [{ SCHEDULE_POLL_SECONDS: '3601' }, /SCHEDULE_POLL_SECONDS/],
    [
      { INTERNAL_URL: 'localhost:3000' },
      /^Invalid environment variable INTERNAL_URL: must be an absolute http\(s\) URL/,
    ],
    [{ INTERNAL_URL: 'ftp://127.0.0.1' }, /INTERNAL_URL/],
  ])('%j is refused with a one-line message', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message)
  })
})
