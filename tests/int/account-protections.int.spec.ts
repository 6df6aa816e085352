/**
 * The account protections over real HTTP: the password policy on every way an account gets a
 * password, and login answers that say nothing about which addresses have accounts.
 */
import type { Payload } from 'payload'

import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { anotherClientAddress, createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, login, signIn } = createRestClient<'admin' | 'readerA'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  await signIn('admin', actors.admin.email)
  await signIn('readerA', actors.readerA.email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

/** The password field's message of a 400 answer. */
function passwordError(response: { status: number; body: unknown }): string | undefined {
  expect(response.status).toBe(400)
  const errors = (
    response.body as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
  ).errors[0]?.data?.errors
  return errors?.find((error) => error.path === 'password')?.message
}

const register = (password: string, email = `new-${Math.random()}@test.local`, language = 'zh') =>
  api('/api/users', {
    method: 'POST',
    headers: { 'accept-language': language },
    json: { email, password, displayName: '新读者' },
  })

describe('password policy', () => {
  test('registration refuses a short password in the edition the request names', async () => {
    expect(passwordError(await register('abc'))).toBe('密码至少需要 10 个字符。')
    expect(passwordError(await register('abc', undefined, 'en'))).toBe(
      'The password must be at least 10 characters long.',
    )
    // What the 繁體 pages send (lib/browser/apiClient.ts): Payload has no zh-TW, the policy has.
    expect(passwordError(await register('abc', undefined, 'zh-TW'))).toBe(
      '密碼至少需要 10 個字元。',
    )
    expect(passwordError(await register('abc', undefined, 'zh-HK,zh;q=0.8'))).toBe(
      '密碼至少需要 10 個字元。',
    )
    expect(passwordError(await register('abc', undefined, 'zh-CN,zh-TW;q=0.8'))).toBe(
      '密码至少需要 10 个字符。',
    )
  })

  test('registration refuses a common password and the e-mail address', async () => {
    expect(passwordError(await register('Password123'))).toContain('太常见')
    expect(passwordError(await register('qwertyuiop', undefined, 'en'))).toContain('too common')
    expect(
      passwordError(await register('zhang.san.2026@test.local', 'Zhang.San.2026@test.local')),
    ).toContain('邮箱')
    const count = await payload.count({ collection: 'users', overrideAccess: true })
    expect(count.totalDocs).toBe(4)
  })

  test('a strong password registers', async () => {
    expect((await register('correct-horse-battery')).status).toBe(201)
  })

  test('an admin cannot make an account with a weak password either', async () => {
    const response = await api('/api/users', {
      method: 'POST',
      as: 'admin',
      json: {
        email: 'staff@test.local',
        password: '12345678',
        displayName: '员工',
        roles: ['editor'],
      },
    })
    expect(passwordError(response)).toBe('密码至少需要 10 个字符。')
  })

  test('changing a password to a weak one is refused, to a strong one accepted', async () => {
    // Staff set passwords over REST (the admin's form); readers only on the account page, which
    // checks their current password first (tests/int/account-settings.int.spec.ts).
    const path = `/api/users/${actors.readerA.id}`
    const own = await api(path, {
      method: 'PATCH',
      as: 'readerA',
      json: { password: 'a-new-and-long-one' },
    })
    expect(own.status).toBe(403)
    const weak = await api(path, {
      method: 'PATCH',
      as: 'admin',
      json: { password: 'Reader-A@test.local' },
    })
    expect(passwordError(weak)).toContain('邮箱')
    const common = await api(path, {
      method: 'PATCH',
      as: 'admin',
      json: { password: 'iloveyou12' },
    })
    expect(passwordError(common)).toContain('太常见')
    expect((await login(actors.readerA.email)).status).toBe(200)
    const strong = await api(path, {
      method: 'PATCH',
      as: 'admin',
      json: { password: 'a-new-and-long-one' },
    })
    expect(strong.status).toBe(200)
    expect((await login(actors.readerA.email, 'a-new-and-long-one')).status).toBe(200)
  })

  test('a password reset to a weak password is refused and the token stays usable', async () => {
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: actors.editor.email },
      disableEmail: true,
    })
    const weak = await api('/api/users/reset-password', {
      method: 'POST',
      json: { token, password: 'editor@test.local' },
    })
    expect(passwordError(weak)).toContain('邮箱')
    const strong = await api('/api/users/reset-password', {
      method: 'POST',
      json: { token, password: 'editor-new-password' },
    })
    expect(strong.status).toBe(200)
  })

  test('the Local API refuses a weak password even with access control off', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'script@test.local', password: 'abc', displayName: '脚本' },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/password/)
  })
})

describe('login answers', () => {
  const attempt = (email: string, password = 'not-the-password') => login(email, password)

  test('an unknown address and a wrong password get the same status and message', async () => {
    const unknown = await attempt('nobody@test.local')
    const wrong = await attempt(actors.readerB.email)
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(unknown.status)
    expect(wrong.body).toEqual(unknown.body)
  })

  test('failures lock nobody out, and their answer stays the one for an unknown address', async () => {
    const stranger = anotherClientAddress()
    const tryFrom = (client: string, email: string, password = 'not-the-password') =>
      api('/api/users/login', {
        method: 'POST',
        headers: { 'x-forwarded-for': client },
        json: { email, password },
      })
    const unknown = await tryFrom(stranger, 'nobody-else@test.local')
    // Up to the rate limit (tests/int/rate-limits.int.spec.ts), which only slows this client.
    for (let i = 0; i < 4; i++) {
      const wrong = await tryFrom(stranger, actors.editor.email)
      expect({ status: wrong.status, body: wrong.body }).toEqual({
        status: unknown.status,
        body: unknown.body,
      })
    }
    const owner = await tryFrom(anotherClientAddress(), actors.editor.email, 'editor-new-password')
    expect(owner.status).toBe(200)
  })

  test('an unknown address takes as long to refuse as a wrong password', async () => {
    const timed = async (email: string) => {
      const started = performance.now()
      await attempt(email)
      return performance.now() - started
    }
    const unknown: number[] = []
    const wrong: number[] = []
    for (let i = 0; i < 3; i++) {
      unknown.push(await timed(`ghost-${i}@test.local`))
      wrong.push(await timed(actors.readerB.email))
    }
    // Hashing dominates both; without the equaliser an unknown address answers in a few ms.
    expect(Math.min(...unknown)).toBeGreaterThan(0.5 * Math.min(...wrong))
  })
})
