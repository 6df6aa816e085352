/**
 * 忘记密码 → mail → 重置密码, as a reader does it: the production server sends through SMTP_URL to a
 * real SMTP server on loopback (tests/helpers/smtpSink.ts), and the test follows the link in the
 * mail it received. The answer never says whether an address has an account; a link works once.
 */
import type { Browser } from 'playwright-core'

import { launchChromium } from '@/tests/helpers/browser'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { registerReader } from '@/tests/helpers/readerAccount'
import { startSmtpSink, type TSmtpSink } from '@/tests/helpers/smtpSink'

let server: TProductionServer
let sink: TSmtpSink
let browser: Browser

beforeAll(async () => {
  sink = await startSmtpSink()
  server = await startProductionServer({
    SMTP_URL: sink.url,
    MAIL_FROM: 'Newsroom 测试 <news@test.local>',
  })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await sink?.stop()
})

/** The 重置密码 link of a mail (its text part, as mail clients show it). */
function resetLinkOf(mailText: string | undefined): string {
  const link = /https?:\/\/\S+\/reset-password\?token=[\w%]+/.exec(mailText ?? '')?.[0]
  if (!link) throw new Error(`no reset link in: ${mailText}`)
  return link
}

const SENT_NOTICE = '如果该邮箱已注册，重置密码的链接已经发出'

async function requestReset(email: string, path = '/forgot-password') {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  await page.goto(`${server.baseUrl}${path}`)
  await page.getByLabel(/^(邮箱|Email)/).fill(email)
  await page.getByRole('button', { name: /发送重置链接|Send reset link/ }).click()
  return page
}

test('a reader resets a forgotten password from the link in the mail and is signed in', async () => {
  const account = await registerReader(server.baseUrl)
  const context = await browser.newContext({ locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${server.baseUrl}/login`)
  await page.getByRole('link', { name: '忘记密码？' }).click()
  await page.waitForURL(/\/forgot-password$/)
  await page.getByLabel('邮箱').fill(account.email)
  await page.getByRole('button', { name: '发送重置链接' }).click()
  await page.getByText(SENT_NOTICE).waitFor()

  const mail = await sink.waitForMail(account.email)
  expect(mail.subject).toBe('重置你的 Newsroom 密码')
  expect(mail.from?.value[0]).toMatchObject({ address: 'news@test.local', name: 'Newsroom 测试' })
  const link = resetLinkOf(mail.text)
  expect(link.startsWith(`${server.baseUrl}/reset-password?token=`)).toBe(true)

  await page.goto(link)
  // The token in the address reaches no other site.
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('same-origin')
  const newPassword = 'a-brand-new-password-42'
  await page.getByLabel('新密码', { exact: true }).fill(newPassword)
  await page.getByLabel('确认新密码').fill(newPassword)
  await page.getByRole('button', { name: '设置新密码' }).click()
  await page.waitForURL(/\/account$/)
  // Signed in: the header names the account.
  await page.getByRole('banner').getByRole('link', { name: account.name }).waitFor()

  const login = (password: string) =>
    fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password }),
    })
  expect((await login(newPassword)).status).toBe(200)
  expect((await login(account.password)).status).toBe(401)

  // The link worked once.
  await page.goto(link)
  await page.getByRole('heading', { name: '链接无效或已过期' }).waitFor()
  await context.close()
})

test('an address without an account gets the same answer and no mail', async () => {
  const page = await requestReset('nobody-here@test.local')
  await page.getByText(SENT_NOTICE).waitFor()
  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect(sink.mails.some((mail) => mail.text?.includes('nobody-here'))).toBe(false)
  await expect(sink.waitForMail('nobody-here@test.local', 500)).rejects.toThrow()
})

test('the English edition writes the mail in English and links its own reset page', async () => {
  const account = await registerReader(server.baseUrl)
  const page = await requestReset(account.email, '/en/forgot-password')
  await page.getByText('If this address has an account').waitFor()
  const mail = await sink.waitForMail(account.email)
  expect(mail.subject).toBe('Reset your Newsroom password')
  expect(resetLinkOf(mail.text).startsWith(`${server.baseUrl}/en/reset-password?token=`)).toBe(true)
})

test('a made-up token shows the way to a new link, not a form', async () => {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  await page.goto(`${server.baseUrl}/reset-password?token=0123456789abcdef`)
  await page.getByRole('heading', { name: '链接无效或已过期' }).waitFor()
  expect(await page.getByRole('link', { name: '重新获取链接' }).getAttribute('href')).toBe(
    '/forgot-password',
  )
  expect(await page.getByLabel('新密码', { exact: true }).count()).toBe(0)
})

test('without JavaScript too: the forms post to the server, which redirects once reset', async () => {
  const account = await registerReader(server.baseUrl)
  const context = await browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${server.baseUrl}/forgot-password`)
  await page.getByLabel('邮箱').fill(account.email)
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: '发送重置链接' }).click(),
  ])
  await page.getByText(SENT_NOTICE).waitFor()
  const link = resetLinkOf((await sink.waitForMail(account.email)).text)
  await page.goto(link)
  const newPassword = 'no-script-password-77'
  await page.getByLabel('新密码', { exact: true }).fill(newPassword)
  await page.getByLabel('确认新密码').fill(newPassword)
  await Promise.all([
    page.waitForURL(/\/account$/),
    page.getByRole('button', { name: '设置新密码' }).click(),
  ])
  const cookies = await context.cookies(server.baseUrl)
  expect(cookies.some((cookie) => cookie.name === 'payload-token')).toBe(true)
  await context.close()
})
