/**
 * `npm run seed`: writes the demo content into the configured database (idempotent).
 * Flags: --no-accounts (skip the local demo accounts), --help.
 */
import { z } from 'zod'

import { loadPayload } from './lib/loadPayload'
import { flagsOrExit, parseFlags } from './lib/parseFlags'

const USAGE = 'Usage: npm run seed [-- --no-accounts]'
const ZSeedArgsSchema = z.object({
  help: z.boolean().default(false),
  'no-accounts': z.boolean().default(false),
})

const args = flagsOrExit(
  parseFlags(
    process.argv.slice(2),
    { help: { type: 'boolean' }, 'no-accounts': { type: 'boolean' } },
    ZSeedArgsSchema,
  ),
  {
    help: `${USAGE}\nWrites the demo tags, coins, images, articles and (unless --no-accounts) local accounts.`,
    afterError: `\n${USAGE}`,
  },
)

// The seed below reports its own progress; the automatic first-start seed must not run as well.
process.env.SEED_ON_EMPTY = 'false'
const { getEnv } = await import('@/lib/env')
const env = getEnv()
const payload = await loadPayload()
const { seedDemoContent } = await import('@/lib/seed/seedDemoContent')
const { printDemoAccounts } = await import('@/lib/seed/seedIfEmpty')

const accounts = env.SEED_DEMO_ACCOUNTS && !args['no-accounts']
const summary = await seedDemoContent(payload, { accounts, log: console.log })
for (const [kind, { created, existing }] of Object.entries(summary)) {
  console.log(`${kind.padEnd(9)} created ${String(created).padStart(3)}, already there ${existing}`)
}
if (accounts && env.NODE_ENV === 'development') printDemoAccounts(payload)
await payload.destroy()
process.exit(0)
