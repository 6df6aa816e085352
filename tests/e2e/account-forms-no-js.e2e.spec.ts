/**
 * The login and register forms with JavaScript off (a slow phone before hydration, a blocked
 * script): they post to the server, which signs the reader in and redirects, or renders the form
 * again with its messages. No request URL ever carries the password. Also: a fresh production
 * site (no accounts) cannot be claimed over the web.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium } from '@/tests/helpers/browser'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { newReaderAccount, registerReader } from '@/tests/helpers/readerAccount'
import { demoArticles } from '@/lib/seed/articles'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'

let server: TProductionServer
let browser: Browser

const article = demoArticles.filter((a) => !a.draft)[2]!
const articlePath = `/articles/${demoArticleSlug(article)}`

beforeAll(async () => {
  // As a real deployment: the demo content, but no accounts (so first-register is open to try).
  server = await startProductionServer({ SEED_DEMO_ACCOUNTS: 'false' })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A page without JavaScript that records the URL of every request it makes. */
async function pageWithoutScript(): Promise<{ page: Page; urls: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' })
  const page = await context.newPage()
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return { page, urls }
}

const loginCookie = async (context: BrowserContext) =>
  (await context.cookies(server.baseUrl)).find((cookie) => cookie.name === 'payload-token')

/** Fills and sends the login form (JavaScript off: the browser submits it natively). */
async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel('邮箱').fill(email)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: '登录' }).click(),
  ])
}

function expectNoPasswordInUrls(urls: string[], password: string) {
  expect(urls.length).toBeGreaterThan(0)
  for (const url of urls) {
    expect(url).not.toContain('password')
    expect(url).not.toContain(encodeURIComponent(password))
  }
}

test('a fresh production site cannot be claimed with first-register', async () => {
  const response = await fetch(`${server.baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'stranger@test.local',
      password: 'stranger-password-123',
      displayName: '陌生人',
    }),
  })
  expect(response.status).toBe(403)
  expect(await response.text()).toContain('npm run admin:create')
  const login = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'stranger@test.local', password: 'stranger-password-123' }),
  })
  expect(login.status).toBe(401)
})

test('the production REST answer to a weak password names the field and the rule', async () => {
  const response = await fetch(`${server.baseUrl}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'zh' },
    body: JSON.stringify({ email: 'weak@test.local', password: 'abc', displayName: '弱' }),
  })
  expect(response.status).toBe(400)
  const body = await response.json()
  expect(body.errors[0].data.errors).toEqual([
    { path: 'password', message: '密码至少需要 10 个字符。' },
  ])
})

test('registering without JavaScript posts, shows the policy, then signs in and returns', async () => {
  const user = newReaderAccount()
  const { page, urls } = await pageWithoutScript()
  await page.goto(`${server.baseUrl}/register?next=${articlePath}`)
  expect(await page.locator('main form').getAttribute('method')).toMatch(/^post$/i)
  await page.getByLabel('显示名称').fill(user.name)
  await page.getByLabel('邮箱').fill(user.email)
  await page.getByLabel('密码', { exact: true }).fill('short')
  await page.getByLabel('确认密码').fill('short')
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: '注册' }).click(),
  ])
  await page.getByText('密码至少需要 10 个字符。').waitFor()
  // The name and address come back filled in; the password never does.
  expect(await page.getByLabel('邮箱').inputValue()).toBe(user.email)
  expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('')

  await page.getByLabel('密码', { exact: true }).fill('1234567890')
  await page.getByLabel('确认密码').fill('1234567890')
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: '注册' }).click(),
  ])
  await page.getByText('这个密码太常见').waitFor()

  await page.getByLabel('密码', { exact: true }).fill(user.password)
  await page.getByLabel('确认密码').fill(user.password)
  await Promise.all([
    page.waitForURL(`${server.baseUrl}${articlePath}`),
    page.getByRole('button', { name: '注册' }).click(),
  ])
  expect(await loginCookie(page.context())).toMatchObject({ httpOnly: true })
  expectNoPasswordInUrls(urls, user.password)
  await page.context().close()
})

test('logging in without JavaScript: one message for a wrong password and an unknown address', async () => {
  const account = await registerReader(server.baseUrl)
  const { page, urls } = await pageWithoutScript()
  await page.goto(`${server.baseUrl}/login?next=${articlePath}`)
  expect(await page.locator('main form').getAttribute('method')).toMatch(/^post$/i)

  await submitLogin(page, account.email, 'not-my-password-1')
  const wrong = await page.getByRole('alert').innerText()
  expect(wrong).toContain('邮箱或密码不正确')
  expect(await page.getByLabel('邮箱').inputValue()).toBe(account.email)
  expect(await loginCookie(page.context())).toBeUndefined()

  await submitLogin(page, 'nobody-here@test.local', 'not-my-password-1')
  expect(await page.getByRole('alert').innerText()).toBe(wrong)

  await Promise.all([
    page.waitForURL(`${server.baseUrl}${articlePath}`),
    submitLogin(page, account.email, account.password),
  ])
  expect(await loginCookie(page.context())).toMatchObject({ httpOnly: true })
  expectNoPasswordInUrls(urls, account.password)
  await page.context().close()
})

test('a login form sent away from this site returns home instead', async () => {
  const account = await registerReader(server.baseUrl)
  const { page } = await pageWithoutScript()
  await page.goto(`${server.baseUrl}/login?next=//evil.example/`)
  await Promise.all([
    page.waitForURL(`${server.baseUrl}/`),
    submitLogin(page, account.email, account.password),
  ])
  await page.context().close()
})

test("without JavaScript the server's answers come back in the form's edition", async () => {
  const { page } = await pageWithoutScript()
  await page.goto(`${server.baseUrl}/zh-tw/register`)
  await page.getByLabel('顯示名稱').fill('繁體讀者')
  await page.getByLabel('電子郵件').fill(newReaderAccount().email)
  for (const [password, refusal] of [
    ['short', '密碼至少需要 10 個字元。'],
    ['1234567890', '這個密碼太常見，很容易被猜到，請換一個。'],
  ] as const) {
    await page.getByLabel('密碼', { exact: true }).fill(password)
    await page.getByLabel('確認密碼').fill(password)
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: '註冊' }).click(),
    ])
    await page.getByText(refusal).waitFor()
  }

  await page.goto(`${server.baseUrl}/en/login`)
  await page.getByLabel('Email').fill('nobody-here@test.local')
  await page.getByLabel('Password', { exact: true }).fill('not-my-password-1')
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ])
  expect(await page.getByRole('alert').innerText()).toBe(
    'The email address or the password is wrong.',
  )
  await page.context().close()
})
