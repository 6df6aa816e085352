/**
 * 我的账户's 显示名称 and 修改密码 forms on the production build, each test with an account of its
 * own: the new name shows in the header and on the page at once and after a reload; a wrong
 * current password and a weak new one are refused with their messages; after a change the reader
 * is still signed in, and after logging out only the new password logs in. Without JavaScript
 * both forms post to the server and answer in the page. No URL and no log line ever holds a
 * password.
 */
import type { BrowserContextOptions, Page } from 'playwright-core'

import { ACCOUNT_SETTINGS_MESSAGES } from '@/lib/account/loginMessages'
import { messagesFor } from '@/lib/i18n/messages'
import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { signedInReaderContext } from '@/tests/helpers/readerAccount'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'

/** The words the zh-CN account page shows for each answer. */
const { forms } = messagesFor('zh-CN')

const session = startServerAndBrowserForFile()

const CONTEXT_OPTIONS: BrowserContextOptions = {
  locale: 'zh-CN',
  viewport: { width: 1280, height: 900 },
}
const NEW_PASSWORD = 'a-brand-new-password-2026'
const WRONG_PASSWORD = 'not-my-password-1'

/** A signed-in reader's /account, and every URL the page requests from then on. */
async function accountPage(options: BrowserContextOptions = {}) {
  const { context, account } = await signedInReaderContext(
    session.browser,
    session.server.baseUrl,
    {
      ...CONTEXT_OPTIONS,
      ...options,
    },
  )
  const page = await context.newPage()
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  await page.goto(`${session.server.baseUrl}/account`)
  return { page, account, urls }
}

/** Fills 修改密码 and sends it (the new password twice). */
async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel('当前密码').fill(current)
  await page.getByLabel('新密码', { exact: true }).fill(next)
  await page.getByLabel('确认新密码').fill(next)
  await page.getByRole('button', { name: '修改密码' }).click()
}

/** Whether the REST login accepts `password` for `email`. */
async function logsIn(email: string, password: string): Promise<boolean> {
  const response = await fetch(`${session.server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return response.ok
}

/** No password in any URL the browser asked for, nor in any line the server logged. */
function expectNoPasswordInUrlsOrLogs(urls: string[], passwords: string[]) {
  expect(urls.length).toBeGreaterThan(0)
  for (const url of urls) {
    expect(url).not.toMatch(/password/i)
    for (const password of passwords) expect(url).not.toContain(encodeURIComponent(password))
  }
  for (const password of passwords) expect(session.server.logs()).not.toContain(password)
}

test('a reader renames themself and changes their password, then logs in with the new one', async () => {
  const { page, account, urls } = await accountPage()
  const header = page.getByRole('banner')
  await header.getByRole('link', { name: account.name }).waitFor()
  const nameField = page.getByRole('textbox', { name: '显示名称' })
  await page.waitForFunction(
    (name) => (document.getElementById('field-displayName') as HTMLInputElement)?.value === name,
    account.name,
  )

  await nameField.fill('改过名的读者')
  await page.getByRole('button', { name: '保存显示名称' }).click()
  await page.getByRole('status').getByText(forms[ACCOUNT_SETTINGS_MESSAGES.nameSaved]).waitFor()
  await header.getByRole('link', { name: '改过名的读者' }).waitFor()
  const profile = page.getByRole('region', { name: '账户信息' })
  await profile.getByText('改过名的读者', { exact: true }).waitFor()
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  await changePassword(page, WRONG_PASSWORD, NEW_PASSWORD)
  await page.getByText(forms[ACCOUNT_SETTINGS_MESSAGES.wrongCurrent]).waitFor()
  await changePassword(page, account.password, '1234567890')
  await page.getByText(forms.passwordCommon).waitFor()
  expect(await logsIn(account.email, account.password)).toBe(true)
  await changePassword(page, account.password, NEW_PASSWORD)
  await page.getByText(forms[ACCOUNT_SETTINGS_MESSAGES.saved]).waitFor()
  expect(await page.getByLabel('新密码', { exact: true }).inputValue()).toBe('')

  // Still signed in, with the new name, after a full reload.
  await page.reload()
  await header.getByRole('link', { name: '改过名的读者' }).waitFor()
  await profile.getByText('改过名的读者', { exact: true }).waitFor()

  await page.getByRole('button', { name: '退出登录' }).click()
  await page.waitForURL(`${session.server.baseUrl}/`)
  await page.goto(`${session.server.baseUrl}/login?next=/account`)
  await page.getByLabel('邮箱').fill(account.email)
  await page.getByLabel('密码', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByText('邮箱或密码不正确。').waitFor()
  await page.getByLabel('密码', { exact: true }).fill(NEW_PASSWORD)
  await Promise.all([
    page.waitForURL(`${session.server.baseUrl}/account`),
    page.getByRole('button', { name: '登录' }).click(),
  ])
  await header.getByRole('link', { name: '改过名的读者' }).waitFor()
  expectNoPasswordInUrlsOrLogs(urls, [account.password, NEW_PASSWORD, WRONG_PASSWORD])
  await page.context().close()
})

test('without JavaScript both forms post to the server and answer in the page', async () => {
  const { page, account, urls } = await accountPage({ javaScriptEnabled: false })
  for (const form of await page.locator('main form').all()) {
    expect(await form.getAttribute('method')).toMatch(/^post$/i)
  }
  await page.getByRole('textbox', { name: '显示名称' }).fill('无脚本读者')
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: '保存显示名称' }).click(),
  ])
  await page.getByText(forms[ACCOUNT_SETTINGS_MESSAGES.nameSaved]).waitFor()
  expect(await page.getByRole('textbox', { name: '显示名称' }).inputValue()).toBe('无脚本读者')

  await Promise.all([
    page.waitForLoadState('load'),
    changePassword(page, WRONG_PASSWORD, NEW_PASSWORD),
  ])
  await page.getByText(forms[ACCOUNT_SETTINGS_MESSAGES.wrongCurrent]).waitFor()
  expect(await page.getByLabel('当前密码').inputValue()).toBe('')
  await Promise.all([
    page.waitForLoadState('load'),
    changePassword(page, account.password, NEW_PASSWORD),
  ])
  await page.getByText(forms[ACCOUNT_SETTINGS_MESSAGES.saved]).waitFor()

  expect(await logsIn(account.email, account.password)).toBe(false)
  expect(await logsIn(account.email, NEW_PASSWORD)).toBe(true)
  expectNoPasswordInUrlsOrLogs(urls, [account.password, NEW_PASSWORD, WRONG_PASSWORD])
  await page.context().close()
})
