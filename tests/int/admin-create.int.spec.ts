/**
 * `npm run admin:create` as an operator runs it: the real script in a child process on the test's
 * database, without a terminal (so it never asks), checked through its exit code, its output and
 * the accounts it leaves.
 */
import { spawn } from 'node:child_process'
import type { Payload } from 'payload'

import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { TEST_PASSWORD } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
})
afterAll(async () => context?.cleanup())

type TRun = { code: number | null; output: string }

/** Runs the script with `args` and extra variables, as in production, with no terminal attached. */
function adminCreate(args: string[], env: Record<string, string> = {}): Promise<TRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/adminCreate.ts', ...args], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'admin-create-test-secret-0123',
        DATABASE_URI: process.env.DATABASE_URI,
        MEDIA_DIR: process.env.MEDIA_DIR,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

const accountOf = async (email: string) =>
  (
    await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs[0]

test('without an address and without a terminal it says what to set and exits 2', async () => {
  const run = await adminCreate([])
  expect(run.code).toBe(2)
  expect(run.output).toContain('ADMIN_EMAIL')
})

test('an unknown flag exits 2 with the usage', async () => {
  const run = await adminCreate(['--emial', 'boss@test.local'])
  expect(run.code).toBe(2)
  expect(run.output).toContain('Usage: npm run admin:create')
})

test('a weak password is refused with the policy, and no account is made', async () => {
  const run = await adminCreate(['--email', 'weak@test.local'], { ADMIN_PASSWORD: 'password1' })
  expect(run.code).toBe(2)
  expect(run.output).toContain('password refused: The password must be at least 10 characters')
  const common = await adminCreate([], {
    ADMIN_EMAIL: 'weak@test.local',
    ADMIN_PASSWORD: 'qwertyuiop',
  })
  expect(common.code).toBe(2)
  expect(common.output).toContain('too common')
  expect(await accountOf('weak@test.local')).toBeUndefined()
})

test('creates an admin from the environment, never printing the password', async () => {
  const password = 'a-long-admin-passphrase'
  const run = await adminCreate([], {
    ADMIN_EMAIL: 'Boss@Test.local',
    ADMIN_PASSWORD: password,
    ADMIN_NAME: '站长',
  })
  expect(run.code).toBe(0)
  expect(run.output).toContain('created the admin account boss@test.local')
  expect(run.output).not.toContain(password)
  const account = await accountOf('boss@test.local')
  expect(account?.roles).toEqual(['admin'])
  expect(account?.displayName).toBe('站长')
  const login = await payload.login({
    collection: 'users',
    data: { email: 'boss@test.local', password },
  })
  expect(login.token).toBeTruthy()
})

test('promotes an existing reader, keeping the password, and says so', async () => {
  await payload.create({
    collection: 'users',
    data: { email: 'editor-to-be@test.local', password: TEST_PASSWORD, displayName: '读者' },
    overrideAccess: true,
  })
  const run = await adminCreate(['--email', 'editor-to-be@test.local'])
  expect(run.code).toBe(0)
  expect(run.output).toContain('is now an admin')
  expect((await accountOf('editor-to-be@test.local'))?.roles).toEqual(['admin', 'reader'])
  const login = await payload.login({
    collection: 'users',
    data: { email: 'editor-to-be@test.local', password: TEST_PASSWORD },
  })
  expect(login.token).toBeTruthy()
  const again = await adminCreate(['--email', 'editor-to-be@test.local'])
  expect(again.code).toBe(0)
  expect(again.output).toContain('already an admin')
})
