/**
 * Requests the production server once answered with a 500 (found by npm run fuzz), refused by
 * server.ts before Next with what they are: a method Next has no handler kind for, URLs it cannot
 * decode, a server action from another site or with an unreadable Origin, a form post that does
 * not parse. The real forms keep working (see also account-forms-no-js.e2e.spec.ts).
 */
import http from 'node:http'

import { actionFormOf, type TActionForm } from '@/scripts/fuzz/serverActions'
import { multipartBody } from '@/scripts/fuzz/bodies'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'

let server: TProductionServer
let loginForm: TActionForm

beforeAll(async () => {
  server = await startProductionServer()
  loginForm = actionFormOf(await (await fetch(`${server.baseUrl}/login`)).text())
})
afterAll(async () => server?.stop())

type TRawAnswer = { status: number; headers: http.IncomingHttpHeaders; text: string }

/** A request sent as given (fetch would refuse TRACE and tidy the path). */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer,
): Promise<TRawAnswer> {
  const { port } = new URL(server.baseUrl)
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        )
      },
    )
    request.once('error', reject)
    request.end(body)
  })
}

test('a method Next has no handler kind for is a 405 naming the ones it has', async () => {
  for (const path of ['/', '/api/tags', '/sitemap.xml']) {
    const answer = await send('TRACE', path)
    expect([path, answer.status]).toEqual([path, 405])
    expect(answer.headers.allow).toContain('GET')
  }
})

test('paths and query values Next cannot decode are a 400', async () => {
  for (const path of ['/x%zz', '/admin/%E4%B8', '/articles/%ff', '/api/tags/%c0%80', '/api/a%zz']) {
    const answer = await send('GET', path)
    expect([path, answer.status]).toEqual([path, 400])
  }
  expect((await send('GET', '/x%zz')).text).toContain('请求无效')
  expect(JSON.parse((await send('GET', '/api/a%zz')).text).errors[0].message).toMatch(
    /cannot be read/,
  )
  for (const path of ['/?cursor=%s%s%n', '/?page=%zz', '/tag/defi?cursor=%25E4%25B8']) {
    const answer = await send('GET', path)
    expect([path, answer.status]).toEqual([path, 400])
  }
  // Next copies a rewritten feed value into a response header on client navigations, which Node
  // refuses beyond Latin-1 (found by npm run fuzz): such values are as unreadable as bad escapes.
  for (const path of ['/?page=%F0%9F%8F%B3', '/tag/defi?cursor=%E4%B8%AD']) {
    const answer = await send('GET', path, { rsc: '1' })
    expect([path, answer.status]).toEqual([path, 400])
  }
  // A cursor nobody wrote is still an ordinary not-found page.
  expect((await send('GET', '/?cursor=zz-1')).status).toBe(404)
})

test("the image optimizer's url with escapes that do not decode is a 400", async () => {
  const answer = await send('GET', '/_next/image?url=%2F%25zz&w=64&q=75')
  expect(answer.status).toBe(400)
  expect(JSON.parse(answer.text).errors[0].message).toBe('"url" parameter is invalid')
})

describe('posts to pages', () => {
  /** A post to the login page, from the site itself unless the headers say otherwise. */
  const postToLogin = (headers: Record<string, string>, body: Buffer) =>
    send('POST', '/login', { origin: server.baseUrl, ...headers }, body)

  const formPost = (headers: Record<string, string>, fields: [string, string][] = []) => {
    const { contentType, bytes } = multipartBody([
      ...loginForm.hidden,
      ['email', 'nobody@fuzz.local'],
      ['password', 'not-the-password-1'],
      ...fields,
    ])
    return postToLogin({ 'content-type': contentType!, ...headers }, bytes)
  }

  test('the login form from its own page is answered (the form again, with its message)', async () => {
    expect(loginForm.actionId).toBeTruthy()
    const answer = await formPost({ origin: server.baseUrl })
    expect(answer.status).toBe(200)
    expect(answer.text).toContain('邮箱或密码不正确')
  })

  test('from another site it is a 403; with an Origin that is no URL a 400', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      expect([origin, (await formPost({ origin })).status]).toEqual([origin, 403])
    }
    expect((await formPost({ origin: 'Infinity' })).status).toBe(400)
  })

  test('a multipart body that does not parse is a 400', async () => {
    const { contentType, bytes } = multipartBody(loginForm.hidden, { breakage: 'truncated' })
    const answer = await postToLogin({ 'content-type': contentType! }, bytes)
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('could not be read')
  })

  test('arguments React cannot decode are a 400: a missing part, a part that is not JSON', async () => {
    const withoutState = loginForm.hidden.filter(([name]) => !/^\$ACTION_\d+:1$/.test(name))
    const { contentType, bytes } = multipartBody(withoutState)
    const missing = await postToLogin({ 'content-type': contentType! }, bytes)
    expect(missing.status).toBe(400)
    expect(missing.text).toContain("part 1 of the action's arguments is missing")
    const notJson = await postToLogin(
      { 'next-action': loginForm.actionId!, 'content-type': 'text/plain;charset=UTF-8' },
      Buffer.from('undefined'),
    )
    expect(notJson.status).toBe(400)
    expect(notJson.text).toContain('is not JSON')
  })

  test('the login action called by hand without a form answers the empty form, not a 500', async () => {
    const answer = await send(
      'POST',
      '/login',
      {
        'next-action': loginForm.actionId!,
        'content-type': 'text/plain;charset=UTF-8',
        origin: server.baseUrl,
      },
      Buffer.from(JSON.stringify(['$undefined', 'not a form'])),
    )
    expect(answer.status).toBe(200)
  })
})
