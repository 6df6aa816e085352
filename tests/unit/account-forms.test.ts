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

  test('names every wrong field with one Chinese message each', () => {
    const result = validateForm(ZRegisterFormSchema, {
      displayName: '   ',
      email: 'not-an-email',
      password: 'short',
      confirmPassword: 'other',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      displayName: '请输入显示名称。',
      email: expect.stringContaining('邮箱格式不正确'),
      password: '密码至少需要 10 个字符。',
      confirmPassword: '两次输入的密码不一致。',
    })
  })

  test('allows 40 characters of display name, not 41', () => {
    expect(validateForm(ZRegisterFormSchema, { ...valid, displayName: '链'.repeat(40) }).ok).toBe(
      true,
    )
    const long = validateForm(ZRegisterFormSchema, { ...valid, displayName: '链'.repeat(41) })
    expect(long.ok ? null : long.errors.displayName).toBe('显示名称不能超过 40 个字符。')
  })

  test('refuses the e-mail address (or the part before @) as the password, like the server', () => {
    const same = { ...valid, password: 'Wang@Example.com', confirmPassword: 'Wang@Example.com' }
    const result = validateForm(ZRegisterFormSchema, same)
    expect(result.ok ? null : result.errors.password).toBe('密码不能是邮箱地址或其 @ 之前的部分。')
  })

  test('asks for the confirmation before comparing it', () => {
    const result = validateForm(ZRegisterFormSchema, { ...valid, confirmPassword: '' })
    expect(result.ok ? null : result.errors.confirmPassword).toBe('请再次输入密码。')
  })
})

describe('login form', () => {
  test('asks for both fields', () => {
    const result = validateForm(ZLoginFormSchema, { email: '', password: '' })
    expect(result.ok ? null : result.errors).toEqual({
      email: '请输入邮箱地址。',
      password: '请输入密码。',
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
      expect(registerErrorsFromServer(fields).fieldErrors.email).toContain('该邮箱已注册')
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
      fieldErrors: { displayName: '太长了' },
      other: '不允许',
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
