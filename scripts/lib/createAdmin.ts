import type { Payload } from 'payload'

export type TAdminOutcome = 'created' | 'promoted' | 'already-admin'

/** The account with this address, if any (run as the system: this is the operator's tool). */
export async function findAccount(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/**
 * Makes `email` an admin: promotes the existing account (keeping its other roles and its
 * password) or creates one. Runs with access control off, as only an operator with the server's
 * environment can run it; the collection's password policy still applies to a new account.
 */
export async function createOrPromoteAdmin(
  payload: Payload,
  account: { email: string; password?: string; displayName: string },
): Promise<TAdminOutcome> {
  const existing = await findAccount(payload, account.email)
  if (existing) {
    const roles = existing.roles ?? []
    if (roles.includes('admin')) return 'already-admin'
    await payload.update({
      collection: 'users',
      id: existing.id,
      data: { roles: ['admin', ...roles.filter((role) => role !== 'admin')] },
      overrideAccess: true,
    })
    return 'promoted'
  }
  if (!account.password) throw new Error('a new account needs a password')
  await payload.create({
    collection: 'users',
    data: {
      email: account.email,
      password: account.password,
      displayName: account.displayName,
      roles: ['admin'],
    },
    overrideAccess: true,
  })
  return 'created'
}
