import { z } from 'zod'

import { parseFlags, type TFlagsResult } from './parseFlags'

export const ADMIN_CREATE_USAGE = `Usage: npm run admin:create [-- --email <address> --name <display name>]
Creates an admin account, or makes the existing account with that address an admin (its password
is left as it is). The only way to get the first admin of a production site.
  --email <address>    or ADMIN_EMAIL
  --name <text>        or ADMIN_NAME; shown as the account's name (default: the address before @)
  --password <text>    or ADMIN_PASSWORD; prefer the variable or the prompt, as a flag is visible
                       to other users of the machine and stays in the shell history
  --help               show this help
Asks for what is missing when run in a terminal. The password needs at least 10 characters and
must be neither a common password nor the e-mail address.
Exit codes: 0 created, promoted or already an admin; 1 the database failed; 2 bad or missing input.`

const ZAdminCreateFlagsSchema = z.object({
  help: z.boolean().default(false),
  email: z.string().optional(),
  name: z.string().optional(),
  password: z.string().optional(),
})

export type TAdminCreateFlags = z.infer<typeof ZAdminCreateFlagsSchema>

/** The command line's flags, or one line saying what is wrong with them. */
export function parseAdminCreateFlags(argv: string[]): TFlagsResult<TAdminCreateFlags> {
  return parseFlags(
    argv,
    {
      help: { type: 'boolean' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
    },
    ZAdminCreateFlagsSchema,
  )
}

/** A flag wins over its variable; blank counts as not given. */
export function flagOrVariable(flag: string | undefined, variable: string | undefined) {
  const value = flag ?? variable
  return value && value.trim() ? value : undefined
}

const ZEmailSchema = z.email()

/** The address as accounts store it (trimmed, lower case), or null when it is not one. */
export function normalisedEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase()
  return ZEmailSchema.safeParse(email).success ? email : null
}

/** The display name: given, else the address before @, at most 40 characters either way. */
export const displayNameFor = (email: string, name: string | undefined): string =>
  (name?.trim() || email.split('@')[0] || 'Admin').slice(0, 40)
