/**
 * `npm run admin:create`: creates an admin account or promotes an existing one, on the database
 * of the environment (DATABASE_URI). Production sites get their first admin this way only, since
 * /admin/create-first-user is closed there. See ADMIN_CREATE_USAGE for flags, variables and exit
 * codes. The password is never printed.
 */
import {
  ADMIN_CREATE_USAGE,
  displayNameFor,
  flagOrVariable,
  normalisedEmail,
  parseAdminCreateFlags,
} from './lib/adminCreateArgs'
import { loadPayload } from './lib/loadPayload'
import { flagsOrExit } from './lib/parseFlags'
import { ask, canPrompt } from './lib/prompt'

const flags = flagsOrExit(parseAdminCreateFlags(process.argv.slice(2)), {
  help: ADMIN_CREATE_USAGE,
  afterError: `\n${ADMIN_CREATE_USAGE}`,
})

/** Bad or missing input: one line, exit code 2. */
function refuse(message: string): never {
  console.error(`✖ ${message}`)
  process.exit(2)
}

let rawEmail = flagOrVariable(flags.email, process.env.ADMIN_EMAIL)
if (!rawEmail && canPrompt()) rawEmail = await ask('E-mail address: ')
if (!rawEmail) {
  refuse('no e-mail address: pass --email or set ADMIN_EMAIL (in a terminal you are asked for it)')
}
const email = normalisedEmail(rawEmail) ?? refuse(`not an e-mail address: ${rawEmail.trim()}`)

// Only the account is written: the automatic first-start seed must not run as well.
process.env.SEED_ON_EMPTY = 'false'
const payload = await loadPayload()
const { passwordProblem, passwordProblemMessage } = await import('@/lib/account/passwordPolicy')
const { createOrPromoteAdmin, findAccount } = await import('./lib/createAdmin')

/** The new account's name and password from flags, variables or (in a terminal) questions. */
async function newAccountDetails(): Promise<{ password: string; name: string | undefined }> {
  let name = flagOrVariable(flags.name, process.env.ADMIN_NAME)
  let password = flagOrVariable(flags.password, process.env.ADMIN_PASSWORD)
  if (!password && canPrompt()) {
    name ??= (await ask(`Display name [${displayNameFor(email, undefined)}]: `)) || undefined
    password = await ask('Password (at least 10 characters): ', { hidden: true })
    if ((await ask('Password again: ', { hidden: true })) !== password) {
      refuse('the two passwords differ; nothing was changed')
    }
  }
  if (!password) {
    refuse(
      'no password for the new account: set ADMIN_PASSWORD (in a terminal you are asked for it)',
    )
  }
  const problem = passwordProblem({ password, email })
  if (problem) refuse(`password refused: ${passwordProblemMessage(problem, 'en')}`)
  return { password, name }
}

const OUTCOME_MESSAGES = {
  created: `✔ created the admin account ${email}; log in at /admin`,
  promoted: `✔ ${email} is now an admin (its password is unchanged)`,
  'already-admin': `✔ ${email} is already an admin; nothing was changed`,
} as const

let exitCode = 0
try {
  // Promoting needs no password: the account keeps the one its owner knows.
  const details: { password?: string; name?: string } = (await findAccount(payload, email))
    ? {}
    : await newAccountDetails()
  const outcome = await createOrPromoteAdmin(payload, {
    email,
    password: details.password,
    displayName: displayNameFor(email, details.name),
  })
  console.log(OUTCOME_MESSAGES[outcome])
} catch (error) {
  console.error(`✖ could not create the admin account: ${(error as Error).message}`)
  exitCode = 1
}
await payload.destroy()
process.exit(exitCode)
