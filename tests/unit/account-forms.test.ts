import { formMessage, formMessageText } from '@/lib/account/formMessages'
import { LOCALES, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { ZLoginFormSchema, ZRegisterFormSchema, validateForm } from '@/lib/account/forms'
import { readPayloadErrors } from '@/lib/account/payloadErrors'
import { registerErrorsFromServer } from '@/lib/account/registerErrors'

const valid = {
  displayName: ' 小王 ',
  email: ' wang@example.com ',
  password: 'long-enough',
  confirmPassword: 'long-enough',
}

describe('registration form', () => {
  test('accepts a complete form, trimming name and email', () => {
    const result = validateForm(ZRegisterFormSchema, valid)
    expect(result).toEqual({
      ok: true,
      data: { ...valid, displayName: '小王', email: 'wang@example.com' },
    })
  })

  test('names every wrong field with one message each', () => {
    const result = validateForm(ZRegisterFormSchema, {
      displayName: '   ',
      email: 'not-an-email',
      password: 'short',
      confirmPassword: 'other',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      displayName: formMessage('displayNameRequired'),
      email: formMessage('emailInvalid'),
      password: formMessage('passwordTooShort'),
      confirmPassword: formMessage('confirmMismatch'),
    })
  })

  test('allows 40 characters of display name, not 41', () => {
    expect(validateForm(ZRegisterFormSchema, { ...valid, displayName: '链'.repeat(40) }).ok).toBe(
      true,
    )
    const long = validateForm(ZRegisterFormSchema, { ...valid, displayName: '链'.repeat(41) })
    expect(long.ok ? null : long.errors.displayName).toEqual(formMessage('displayNameTooLong'))
  })

  test('refuses the e-mail address (or the part before @) as the password, like the server', () => {
    const same = { ...valid, password: 'Wang@Example.com', confirmPassword: 'Wang@Example.com' }
    const result = validateForm(ZRegisterFormSchema, same)
    expect(result.ok ? null : result.errors.password).toEqual(formMessage('passwordEmail'))
  })

  test('asks for the confirmation before comparing it', () => {
    const result = validateForm(ZRegisterFormSchema, { ...valid, confirmPassword: '' })
    expect(result.ok ? null : result.errors.confirmPassword).toEqual(formMessage('confirmRequired'))
  })
})

describe('messages in the page edition', () => {
  test('every key a schema can give is in every edition, with its limit filled in', () => {
    const failures = [
      validateForm(ZRegisterFormSchema, {
        displayName: '链'.repeat(41),
        email: 'x',
        password: 'short',
        confirmPassword: '',
      }),
      validateForm(ZLoginFormSchema, { email: '', password: '' }),
    ]
    const errors = failures.flatMap((result) => (result.ok ? [] : Object.values(result.errors)))
    expect(errors.length).toBeGreaterThanOrEqual(5)
    for (const locale of LOCALES)
      for (const error of errors) {
        const text = formMessageText(error!, messagesFor(locale).forms)
        expect(text).not.toBe(messagesFor(locale).forms.invalid)
        expect(text).not.toMatch(/[{}]/)
      }
  })

  test('the same refusal reads in each edition', () => {
    const result = validateForm(ZRegisterFormSchema, { ...valid, displayName: '链'.repeat(41) })
    const error = result.ok ? undefined : result.errors.displayName
    expect(error).toBeDefined()
    const say = (locale: TLocale) => formMessageText(error!, messagesFor(locale).forms)
    expect(say('zh-CN')).toBe('显示名称不能超过 40 个字符。')
    expect(say('zh-TW')).toBe('顯示名稱不能超過 40 個字元。')
    expect(say('en')).toBe('The display name can be at most 40 characters long.')
  })

  test("what is not a catalog key reads as the catalog's generic message; server words as they are", () => {
    const forms = messagesFor('en').forms
    expect(formMessageText({ key: 'Invalid input' as never }, forms)).toBe(forms.invalid)
    expect(formMessageText({ said: '服务器的话' }, forms)).toBe('服务器的话')
  })
})

describe('login form', () => {
  test('asks for both fields', () => {
    const result = validateForm(ZLoginFormSchema, { email: '', password: '' })
    expect(result.ok ? null : result.errors).toEqual({
      email: formMessage('emailRequired'),
      password: formMessage('passwordRequired'),
    })
  })
})

describe("Payload's registration errors", () => {
  const body = (errors: { path: string; message: string }[]) => ({
    errors: [{ name: 'ValidationError', message: 'invalid', data: { errors } }],
  })

  test('a taken email (either language) says what to do', () => {
    for (const message of [
      '给定电子邮件的用户已经注册。',
      'A user with the given email is already registered.',
    ]) {
      const { fields } = readPayloadErrors(body([{ path: 'email', message }]))
      expect(registerErrorsFromServer(fields).fieldErrors.email).toEqual(formMessage('emailTaken'))
    }
  })

  test('other field errors keep the server message; unknown fields become one form message', () => {
    const { fields } = readPayloadErrors(
      body([
        { path: 'displayName', message: '太长了' },
        { path: 'roles', message: '不允许' },
      ]),
    )
    expect(registerErrorsFromServer(fields)).toEqual({
      fieldErrors: { displayName: { said: '太长了' } },
      other: { said: '不允许' },
    })
  })

  test('a body that is not Payload-shaped yields nothing, not a crash', () => {
    expect(readPayloadErrors('<html>502</html>')).toEqual({ message: null, fields: [] })
    expect(readPayloadErrors({ errors: [{ message: '锁定' }] })).toEqual({
      message: '锁定',
      fields: [],
    })
  })
})
