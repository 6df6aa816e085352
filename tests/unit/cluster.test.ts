/** Several server processes (WEB_CONCURRENCY, lib/cluster): the variable and the IPC message. */
import { isTagExpiryMessage, tagExpiryMessage } from '@/lib/cluster/messages'
import { parseEnv } from '@/lib/env'

describe('WEB_CONCURRENCY', () => {
  test('one process by default; 1 to 64 accepted', () => {
    expect(parseEnv({}).WEB_CONCURRENCY).toBe(1)
    expect(parseEnv({ WEB_CONCURRENCY: '2' }).WEB_CONCURRENCY).toBe(2)
    expect(parseEnv({ WEB_CONCURRENCY: '64' }).WEB_CONCURRENCY).toBe(64)
  })

  test.each(['0', '65', '-2', '1.5', 'auto'])(
    'WEB_CONCURRENCY=%s is refused in one line',
    (value) => {
      expect(() => parseEnv({ WEB_CONCURRENCY: value })).toThrow(
        /^Invalid environment variable WEB_CONCURRENCY: must be a whole number of server processes from 1 to 64$/,
      )
    },
  )
})

describe('the tag-expiry message between server processes', () => {
  test('what one process sends, the others recognise', () => {
    const message = tagExpiryMessage(['article-lists', 'article:hello'])
    expect(isTagExpiryMessage(JSON.parse(JSON.stringify(message)))).toBe(true)
    expect(message.tags).toEqual(['article-lists', 'article:hello'])
  })

  test.each([
    null,
    'newsroom:tags-expired',
    { type: 'newsroom:tags-expired' },
    { type: 'newsroom:tags-expired', tags: 'article-lists' },
    { type: 'newsroom:tags-expired', tags: [1] },
    { type: 'other', tags: ['article-lists'] },
  ])('anything else on the channel is ignored: %p', (message) => {
    expect(isTagExpiryMessage(message)).toBe(false)
  })
})
