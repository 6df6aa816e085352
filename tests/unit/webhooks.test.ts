import { createHmac } from 'node:crypto'

import { parseEnv } from '@/lib/env'
import { liveChange } from '@/lib/liveChange'
import { eventBody, eventTypeOf, portalUrlOf } from '@/lib/webhooks/events'
import { isPrivateAddress } from '@/lib/webhooks/privateAddress'
import { shortError } from '@/lib/webhooks/send'
import { signatureOf } from '@/lib/webhooks/signature'
import { webhookUrlProblem } from '@/lib/webhooks/urlRules'

describe('signature', () => {
  test('is sha256= and the hex HMAC-SHA256 of the exact body bytes', () => {
    const body = '{"type":"article.published","id":"1","slug":"比特币","url":"u","time":"t"}'
    const expected = createHmac('sha256', 'secret').update(Buffer.from(body, 'utf8')).digest('hex')
    expect(signatureOf(body, 'secret')).toBe(`sha256=${expected}`)
    // One byte more (a space, a newline) is another signature.
    expect(signatureOf(`${body} `, 'secret')).not.toBe(signatureOf(body, 'secret'))
    expect(signatureOf(body, 'other')).not.toBe(signatureOf(body, 'secret'))
  })

  test('the body keeps its key order whatever order the event was built in', () => {
    const body = eventBody({ time: 't', url: 'u', slug: null, id: '7', type: 'flash.deleted' })
    expect(body).toBe('{"type":"flash.deleted","id":"7","slug":null,"url":"u","time":"t"}')
  })
})

describe('private addresses', () => {
  test.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '::',
    '::1',
    '[::1]',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::7f00:1',
    '::7f00:1',
    'not an address',
    '',
  ])('%s is refused', (address) => expect(isPrivateAddress(address)).toBe(true))

  test.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.15.255.255',
    '172.32.0.1',
    '100.63.255.255',
    '169.253.0.1',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '::ffff:808:808',
    '64:ff9b::808:808',
  ])('%s is public', (address) => expect(isPrivateAddress(address)).toBe(false))
})

describe('URL at save', () => {
  test.each([
    ['ftp://example.com/x', /http\(s\)/],
    ['javascript:alert(1)', /http\(s\)/],
    ['not a url', /invalid URL/],
    ['https://user:pass@example.com/', /user name or password/],
    ['http://127.0.0.1:8080/hook', /private/],
    ['http://2130706433/', /private/],
    ['http://0x7f.1/', /private/],
    ['http://[::1]/', /private/],
    ['http://[::ffff:127.0.0.1]/', /private/],
    ['http://[fd00::1]/', /private/],
    ['http://localhost:3000/', /private/],
    ['http://LOCALHOST/', /private/],
    ['http://api.localhost/', /private/],
    ['http://169.254.169.254/latest/meta-data', /private/],
  ])('%s is refused', (url, message) => {
    expect(webhookUrlProblem(url, false)).toMatch(message)
  })

  test('public addresses and names pass; names are checked again after DNS when sending', () => {
    expect(webhookUrlProblem('https://hooks.example.com/newsroom', false)).toBeUndefined()
    expect(webhookUrlProblem('http://93.184.216.34/x', false)).toBeUndefined()
  })

  test('WEBHOOK_ALLOW_PRIVATE_URLS allows private addresses but never other schemes', () => {
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', true)).toBeUndefined()
    expect(webhookUrlProblem('http://localhost/', true)).toBeUndefined()
    expect(webhookUrlProblem('file:///etc/passwd', true)).toMatch(/http\(s\)/)
  })
})

describe('event decision', () => {
  const draft = { _status: 'draft' }
  const live = { _status: 'published' }
  test.each([
    [live, draft, 'published'],
    [live, undefined, 'published'],
    [live, live, 'updated'],
    [draft, live, 'unpublished'],
    [draft, draft, null],
    [draft, undefined, null],
  ] as const)('%o after %o → %s', (doc, previous, expected) => {
    expect(liveChange(doc, previous)).toBe(expected)
  })

  test('event types and portal URLs', () => {
    expect(eventTypeOf('articles', 'unpublished')).toBe('article.unpublished')
    expect(eventTypeOf('flashes', 'deleted')).toBe('flash.deleted')
    expect(portalUrlOf('https://news.example', 'articles', { id: 3, slug: 'a b' })).toBe(
      'https://news.example/articles/a%20b',
    )
    expect(portalUrlOf('https://news.example', 'flashes', { id: 9 })).toBe(
      'https://news.example/flash/9',
    )
  })
})

test('logged errors are short and never hold the secret', () => {
  expect(shortError('echo s3cret-value back', 's3cret-value')).toBe('echo [secret] back')
  expect(shortError('x'.repeat(1000), 'k').length).toBeLessThanOrEqual(300)
})

describe('WEBHOOK_ALLOW_PRIVATE_URLS', () => {
  test('is off unless set to true; anything else stops start-up naming it', () => {
    expect(parseEnv({}).WEBHOOK_ALLOW_PRIVATE_URLS).toBe(false)
    expect(parseEnv({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }).WEBHOOK_ALLOW_PRIVATE_URLS).toBe(true)
    expect(() => parseEnv({ WEBHOOK_ALLOW_PRIVATE_URLS: 'yes' })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE_URLS: must be true or false/,
    )
  })
})
