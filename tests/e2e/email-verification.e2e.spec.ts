/**
 * With EMAIL_VERIFICATION=true, as a reader meets it: 注册 says a mail was sent instead of signing
 * in, 登录 before the link says to verify first, the link in the mail (sent through a real SMTP
 * server on loopback) confirms the address once, and then the reader signs in.
 */
import type { Browser } from 'playwright-core'

import { launchChromium } from '@/tests/helpers/browser'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { startSmtpSink, type TSmtpSink } from '@/tests/helpers/smtpSink'

let server: TProductionServer
let sink: TSmtpSink
let browser: Browser

beforeAll(async () => {
  sink = await startSmtpSink()
  server = await startProductionServer({ SMTP_URL: sink.url, EMAIL_VERIFICATION: 'true' })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await sink?.stop()
})

test('a new reader verifies the address from the mail, then signs in', async () => {
  const email = `verify-${Date.now()}@test.local`
  const password = 'verify-me-password-9'
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  await page.goto(`${server.baseUrl}/register`)
  await page.getByLabel('显示名称').fill('验证读者')
  await page.getByLabel('邮箱').fill(email)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByLabel('确认密码').fill(password)
  await page.getByRole('button', { name: '注册' }).click()
  await page.getByRole('status').getByText('我们已向你的邮箱发送了一封验证邮件').waitFor()

  await page.goto(`${server.baseUrl}/login`)
  await page.getByLabel('邮箱').fill(email)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByText('请先验证邮箱').waitFor()

  const mail = await sink.waitForMail(email)
  expect(mail.subject).toBe('验证你的 Newsroom 邮箱')
  const link = /https?:\/\/\S+\/verify-email\?token=[0-9a-f]{40}/.exec(mail.text ?? '')?.[0]
  expect(link?.startsWith(`${server.baseUrl}/verify-email?token=`)).toBe(true)

  await page.goto(link!)
  await page.getByRole('heading', { name: '邮箱已验证' }).waitFor()
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('same-origin')
  // A link works once.
  await page.goto(link!)
  await page.getByRole('heading', { name: '链接无效或已使用' }).waitFor()

  await page.getByRole('link', { name: '前往登录' }).click()
  await page.getByLabel('邮箱').fill(email)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('banner').getByRole('link', { name: '验证读者' }).waitFor()
})
