import { demoAccounts } from '@/lib/seed/accounts'
import { isCommonPassword } from '@/lib/account/commonPasswords'
import { passwordProblem, passwordProblemMessage } from '@/lib/account/passwordPolicy'

const email = 'Wang.Xiaoming@example.com'

describe('password policy', () => {
  test('refuses fewer than 10 characters', () => {
    expect(passwordProblem({ password: 'abc', email })).toBe('too-short')
    expect(passwordProblem({ password: 'x7#kQ2!vL', email })).toBe('too-short')
    expect(passwordProblem({ password: 'x7#kQ2!vLm', email })).toBeNull()
  })

  test('refuses common passwords whatever their case', () => {
    for (const password of ['1234567890', 'qwertyuiop', 'Password123', 'PASSWORD123', 'iloveyou12'])
      expect(passwordProblem({ password, email })).toBe('common')
    expect(isCommonPassword('password')).toBe(true)
  })

  test('refuses the e-mail address and its local part, ignoring case', () => {
    expect(passwordProblem({ password: 'wang.xiaoming@example.com', email })).toBe('email')
    expect(passwordProblem({ password: 'WANG.XIAOMING', email })).toBe('email')
    expect(passwordProblem({ password: 'wang.xiaoming-2026', email })).toBeNull()
  })

  test('lets the demo and test passwords through', () => {
    for (const account of demoAccounts)
      expect(passwordProblem({ password: account.password, email: account.email })).toBeNull()
    for (const password of ['test-password-123', 'password-123', 'e2e-password-123', 'long-enough'])
      expect(passwordProblem({ password, email })).toBeNull()
  })

  test('answers in the words of the edition asked for, with the minimum filled in', () => {
    expect(passwordProblemMessage('too-short', 'zh-CN')).toBe('密码至少需要 10 个字符。')
    expect(passwordProblemMessage('too-short', 'zh-TW')).toBe('密碼至少需要 10 個字元。')
    expect(passwordProblemMessage('too-short', 'en')).toBe(
      'The password must be at least 10 characters long.',
    )
    expect(passwordProblemMessage('common', 'en')).toMatch(/too common/)
  })
})
