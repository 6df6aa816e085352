/**
 * The account page's 显示名称 and 修改密码 forms on the server (lib/account/accountChanges.ts, what
 * their server actions run): only the account the login token names changes, and only the named
 * field; the current password is required and checked like a login (and throttled like one); the
 * password policy applies; the session that changed the password stays signed in, others end.
 */
import {
  CURRENT_PASSWORD_FIRST_MESSAGE,
  EMAIL_CHANGE_REFUSED_MESSAGE,
} from '@/collections/Users/hooks/currentPasswordFirst'
import { changeOwnDisplayName, changeOwnPassword } from '@/lib/account/accountChanges'
import { ACCOUNT_SETTINGS_MESSAGES } from '@/lib/account/loginMessages'
import { formMessage } from '@/lib/account/formMessages'
import { PASSWORD_PROBLEM_KEYS } from '@/lib/account/passwordRules'
import { CLIENT_ADDRESS_HEADER } from '@/lib/rateLimit/clientAddress'
import { startPayloadWithActorsForFile } from '@/tests/helpers/payloadWithActors'
import { anotherClientAddress } from '@/tests/helpers/restClient'
import { TEST_PASSWORD } from '@/tests/helpers/users'

const session = startPayloadWithActorsForFile()

let accountsMade = 0

/** A reader of its own for a test, so password changes never reach another test. */
async function newReader(password = TEST_PASSWORD) {
  accountsMade += 1
  const email = `settings-${accountsMade}@test.local`
  await session.payload.create({
    collection: 'users',
    data: { email, password, displayName: `读者 ${accountsMade}` },
    overrideAccess: false,
  })
  return { email, password }
}

/** The headers of a browser signed in as `email`, coming from a client address of its own. */
async function signedInHeaders(email: string, password: string): Promise<Headers> {
  const { token } = await session.payload.login({ collection: 'users', data: { email, password } })
  return new Headers({
    authorization: `JWT ${token}`,
    [CLIENT_ADDRESS_HEADER]: anotherClientAddress(),
  })
}

const accountOf = async (email: string) =>
  (
    await session.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs[0]!

/** Whether `password` logs `email` in (on the server, from no client address: never throttled). */
async function logsIn(email: string, password: string): Promise<boolean> {
  try {
    await session.payload.login({ collection: 'users', data: { email, password } })
    return true
  } catch {
    return false
  }
}

describe('显示名称', () => {
  const rename = (headers: Headers, values: Record<string, unknown>) =>
    changeOwnDisplayName({ payload: session.payload, headers, values })

  test('changes the signed-in reader’s name and nothing else, whatever else is posted', async () => {
    const reader = await newReader()
    const headers = await signedInHeaders(reader.email, reader.password)
    const answer = await rename(headers, {
      displayName: '  新名字  ',
      email: 'taken-over@test.local',
      roles: ['admin'],
      id: session.actors.readerB.id,
    })
    expect(answer).toMatchObject({
      errors: {},
      notice: formMessage(ACCOUNT_SETTINGS_MESSAGES.nameSaved),
    })
    expect(answer.values.displayName).toBe('新名字')
    const account = await accountOf(reader.email)
    expect(account).toMatchObject({ displayName: '新名字', roles: ['reader'] })
    const readerB = await session.payload.findByID({
      collection: 'users',
      id: session.actors.readerB.id,
    })
    expect(readerB.displayName).toBe(session.actors.readerB.displayName)
  })

  test('is judged by the registration rules, and a refused name stays in the field', async () => {
    const reader = await newReader()
    const headers = await signedInHeaders(reader.email, reader.password)
    const empty = await rename(headers, { displayName: '   ' })
    expect(empty.errors.displayName).toEqual(formMessage('displayNameRequired'))
    const long = '长'.repeat(41)
    const tooLong = await rename(headers, { displayName: long })
    expect(tooLong.errors.displayName).toEqual(formMessage('displayNameTooLong'))
    expect(tooLong.values.displayName).toBe(long)
    expect((await accountOf(reader.email)).displayName).toBe(`读者 ${accountsMade}`)
  })

  test('without a login nothing changes', async () => {
    const answer = await rename(new Headers(), { displayName: '匿名' })
    expect(answer.formError).toEqual(formMessage(ACCOUNT_SETTINGS_MESSAGES.signedOut))
    const named = await session.payload.count({
      collection: 'users',
      where: { displayName: { equals: '匿名' } },
      overrideAccess: true,
    })
    expect(named.totalDocs).toBe(0)
  })
})

describe('修改密码', () => {
  const change = (headers: Headers, currentPassword: string, password: string) =>
    changeOwnPassword({
      payload: session.payload,
      headers,
      values: { currentPassword, password, confirmPassword: password },
    })

  test('the current password is required and must be right', async () => {
    const reader = await newReader()
    const headers = await signedInHeaders(reader.email, reader.password)
    const missing = await change(headers, '', 'a-new-password-2026')
    expect(missing.errors.currentPassword).toEqual(formMessage('currentRequired'))
    const wrong = await change(headers, 'not-the-password', 'a-new-password-2026')
    expect(wrong.errors.currentPassword).toEqual(
      formMessage(ACCOUNT_SETTINGS_MESSAGES.wrongCurrent),
    )
    expect(await logsIn(reader.email, reader.password)).toBe(true)
    expect(await logsIn(reader.email, 'a-new-password-2026')).toBe(false)
  })

  test('the new password meets the policy, with the register form’s messages', async () => {
    const reader = await newReader()
    const headers = await signedInHeaders(reader.email, reader.password)
    expect((await change(headers, reader.password, 'short')).errors.password).toEqual(
      formMessage(PASSWORD_PROBLEM_KEYS['too-short']),
    )
    expect((await change(headers, reader.password, 'password123')).errors.password).toEqual(
      formMessage(PASSWORD_PROBLEM_KEYS.common),
    )
    expect((await change(headers, reader.password, reader.email)).errors.password).toEqual(
      formMessage(PASSWORD_PROBLEM_KEYS.email),
    )
    const mismatch = await changeOwnPassword({
      payload: session.payload,
      headers,
      values: {
        currentPassword: reader.password,
        password: 'a-new-password-2026',
        confirmPassword: 'a-new-password-2025',
      },
    })
    expect(mismatch.errors.confirmPassword).toEqual(formMessage('confirmMismatch'))
    expect(await logsIn(reader.email, reader.password)).toBe(true)
  })

  test('a change keeps this session, ends the others, and only the new password logs in', async () => {
    const reader = await newReader()
    const headers = await signedInHeaders(reader.email, reader.password)
    const elsewhere = await signedInHeaders(reader.email, reader.password)
    const answer = await change(headers, reader.password, 'a-new-password-2026')
    expect(answer).toMatchObject({
      errors: {},
      notice: formMessage(ACCOUNT_SETTINGS_MESSAGES.saved),
    })
    expect((await session.payload.auth({ headers })).user?.email).toBe(reader.email)
    expect((await session.payload.auth({ headers: elsewhere })).user).toBeNull()
    expect(await logsIn(reader.email, reader.password)).toBe(false)
    expect(await logsIn(reader.email, 'a-new-password-2026')).toBe(true)
  })

  test('wrong current passwords spend the login limits of the account and the client', async () => {
    const reader = await newReader()
    const headers = await signedInHeaders(reader.email, reader.password)
    for (let guess = 0; guess < 5; guess++) {
      const wrong = await change(headers, `guess-number-${guess}`, 'a-new-password-2026')
      expect(wrong.errors.currentPassword).toEqual(
        formMessage(ACCOUNT_SETTINGS_MESSAGES.wrongCurrent),
      )
    }
    // The right password is not even tried now, and the login form is slowed alike.
    const refused = await change(headers, reader.password, 'a-new-password-2026')
    expect(refused.formError).toEqual(formMessage(ACCOUNT_SETTINGS_MESSAGES.tooMany))
    await expect(
      session.payload.login({
        collection: 'users',
        data: reader,
        req: {
          headers: new Headers({ [CLIENT_ADDRESS_HEADER]: headers.get(CLIENT_ADDRESS_HEADER)! }),
        },
      }),
    ).rejects.toMatchObject({ status: 429 })
    expect(await logsIn(reader.email, 'a-new-password-2026')).toBe(false)
  })

  test('without a login nothing is checked or changed', async () => {
    const answer = await change(new Headers(), TEST_PASSWORD, 'a-new-password-2026')
    expect(answer.formError).toEqual(formMessage(ACCOUNT_SETTINGS_MESSAGES.signedOut))
  })
})

describe('the REST and GraphQL path', () => {
  test('a reader cannot set a password without the current one, in Chinese and English', async () => {
    const reader = await newReader()
    const account = await accountOf(reader.email)
    await expect(
      session.payload.update({
        collection: 'users',
        id: account.id,
        data: { password: 'a-new-password-2026' },
        overrideAccess: false,
        user: { ...account, collection: 'users' },
      }),
    ).rejects.toMatchObject({ status: 403, message: CURRENT_PASSWORD_FIRST_MESSAGE })
    expect(await logsIn(reader.email, reader.password)).toBe(true)
  })

  test('a reader cannot move their account to another e-mail address; saving their own is fine', async () => {
    const reader = await newReader()
    const account = await accountOf(reader.email)
    const asReader = { overrideAccess: false, user: { ...account, collection: 'users' as const } }
    await expect(
      session.payload.update({
        collection: 'users',
        id: account.id,
        data: { email: 'borrower@test.local' },
        ...asReader,
      }),
    ).rejects.toMatchObject({ status: 403, message: EMAIL_CHANGE_REFUSED_MESSAGE })
    const same = await session.payload.update({
      collection: 'users',
      id: account.id,
      data: { email: ` ${reader.email.toUpperCase()} `, displayName: '同一个邮箱' },
      ...asReader,
    })
    expect(same.displayName).toBe('同一个邮箱')
    expect(await logsIn(reader.email, reader.password)).toBe(true)
  })
})
