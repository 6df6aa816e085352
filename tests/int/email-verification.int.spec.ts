/**
 * E-mail verification switched on (EMAIL_VERIFICATION=true), over real HTTP with mail through a
 * real SMTP server on loopback: a stranger's new account signs in only after the mailed link,
 * nobody but an admin can mark an account verified, and the server's and admins' accounts never
 * have to verify.
 */
import type { Payload } from 'payload'

import { verifyEmailWithToken } from '@/lib/account/emailVerification'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { startSmtpSink, type TSmtpSink } from '@/tests/helpers/smtpSink'
import { seedActors, TEST_PASSWORD, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let sink: TSmtpSink
let actors: TActors
const { api, signIn } = createRestClient<'admin' | 'readerA'>(() => server.baseUrl, {
  eachCallAnotherClient: true,
})

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.EMAIL_VERIFICATION = 'true'
  process.env.SMTP_URL = sink.url
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
  await sink?.stop()
})

const newAddress = () => `new-${Math.random().toString(36).slice(2)}@test.local`
const PASSWORD = 'a-long-enough-password-7'

const register = (email: string, extra: Record<string, unknown> = {}, as?: 'admin' | 'readerA') =>
  api('/api/users', {
    method: 'POST',
    as,
    json: { email, password: PASSWORD, displayName: '新读者', ...extra },
  })

const logIn = (email: string, password = PASSWORD) =>
  api('/api/users/login', { method: 'POST', json: { email, password } })

/** The token of the 验证邮箱 link in the mail to `email`. */
async function mailedToken(email: string): Promise<string> {
  const mail = await sink.waitForMail(email)
  expect(mail.subject).toBe('验证你的 Newsroom 邮箱')
  const link = /https?:\/\/\S+\/verify-email\?token=([0-9a-f]{40})/.exec(mail.text ?? '')
  if (!link) throw new Error(`no verification link in: ${mail.text}`)
  return link[1]!
}

test('a new reader signs in only after following the mailed link, which works once', async () => {
  const email = newAddress()
  expect((await register(email)).status).toBe(201)
  const token = await mailedToken(email)

  const before = await logIn(email)
  expect(before.status).toBe(403)
  // A wrong password still gets the answer every wrong password gets: nothing about the account.
  expect((await logIn(email, 'not-the-password-at-all')).status).toBe(401)

  expect(await verifyEmailWithToken(payload, token)).toBe(true)
  expect((await logIn(email)).status).toBe(200)
  expect(await verifyEmailWithToken(payload, token)).toBe(false)
  expect(await verifyEmailWithToken(payload, 'not-a-token')).toBe(false)
  expect(await verifyEmailWithToken(payload, 'f'.repeat(40))).toBe(false)
})

test('a stranger cannot register an account as verified, signed in or not', async () => {
  for (const as of [undefined, 'readerA'] as const) {
    const email = newAddress()
    expect((await register(email, { _verified: true }, as)).status).toBe(201)
    await mailedToken(email)
    expect((await logIn(email)).status).toBe(403)
  }
})

test('a reader cannot mark their own account, nor undo it', async () => {
  const own = `/api/users/${actors.readerA.id}`
  await api(own, { method: 'PATCH', as: 'readerA', json: { _verified: false } })
  expect((await logIn(actors.readerA.email, TEST_PASSWORD)).status).toBe(200)
})

test('accounts an admin creates, and the server seeds, need no verification and get no mail', async () => {
  const email = newAddress()
  const mailsBefore = sink.mails.length
  expect((await register(email, {}, 'admin')).status).toBe(201)
  expect((await logIn(email)).status).toBe(200)
  // seedActors created its accounts with the local API.
  expect((await logIn(actors.readerA.email, TEST_PASSWORD)).status).toBe(200)
  expect(sink.mails.length).toBe(mailsBefore)
})
