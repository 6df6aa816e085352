import type { PayloadRequest } from 'payload'

import { MAIL_EDITION_HEADER } from '@/lib/account/resetMail'
import { verifyMailHtml, verifyMailSubject } from '@/lib/account/verifyMail'

const requestIn = (edition: string) =>
  ({ headers: new Headers({ [MAIL_EDITION_HEADER]: edition }) }) as unknown as PayloadRequest

test('the mail links to the 验证邮箱 page of the edition the reader registered in', () => {
  const token = 'a'.repeat(40)
  const chinese = verifyMailHtml({ req: requestIn('zh-CN'), token, user: { displayName: '读者' } })
  expect(chinese).toContain(`/verify-email?token=${token}"`)
  expect(chinese).not.toContain('/en/verify-email')
  expect(chinese).toContain('读者，你好')
  const english = verifyMailHtml({ req: requestIn('en'), token, user: { displayName: 'Ann' } })
  expect(english).toContain(`/en/verify-email?token=${token}"`)
  expect(verifyMailSubject({ req: requestIn('zh-TW') })).toBe('驗證你的 Newsroom 電子郵件')
})

test('a display name cannot put markup into the mail', () => {
  const html = verifyMailHtml({
    req: requestIn('zh-CN'),
    token: 'b'.repeat(40),
    user: { displayName: '<a href="https://evil.example">x</a>' },
  })
  expect(html).not.toContain('<a href="https://evil.example">')
  expect(html).toContain('&lt;a href=')
})
