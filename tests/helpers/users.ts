import type { Payload } from 'payload'

import type { User } from '@/payload-types'

export type TActorName = 'anonymous' | 'readerA' | 'readerB' | 'editor' | 'admin'
export type TActors = Record<Exclude<TActorName, 'anonymous'>, User> & { anonymous: undefined }

export const TEST_PASSWORD = 'test-password-123'

const accounts = [
  { key: 'admin', email: 'admin@test.local', displayName: 'Admin', roles: ['admin'] },
  { key: 'editor', email: 'editor@test.local', displayName: 'Editor', roles: ['editor'] },
  { key: 'readerA', email: 'reader-a@test.local', displayName: 'Reader A', roles: ['reader'] },
  { key: 'readerB', email: 'reader-b@test.local', displayName: 'Reader B', roles: ['reader'] },
] as const

/** Two contributors (撰稿人), for the tests of the review workflow and the access matrix. */
const contributorAccounts = [
  {
    key: 'contributorA',
    email: 'contributor-a@test.local',
    displayName: 'Contributor A',
    roles: ['contributor'],
  },
  {
    key: 'contributorB',
    email: 'contributor-b@test.local',
    displayName: 'Contributor B',
    roles: ['contributor'],
  },
] as const

export type TNewsroomActorName = TActorName | 'contributorA' | 'contributorB'
export type TNewsroomActors = TActors & Record<'contributorA' | 'contributorB', User>

async function createAccounts(
  payload: Payload,
  list: readonly { key: string; email: string; displayName: string; roles: readonly string[] }[],
): Promise<Record<string, User>> {
  const created: Record<string, User> = {}
  for (const { key, ...data } of list) {
    const user = await payload.create({
      collection: 'users',
      data: { ...data, roles: [...data.roles] as User['roles'], password: TEST_PASSWORD },
      overrideAccess: true,
    })
    // Local API calls need the collection slug on the user, as Payload's auth puts it there.
    created[key] = { ...user, collection: 'users' } as User
  }
  return created
}

/** One account per actor of the access matrix, created as the system. */
export async function seedActors(payload: Payload): Promise<TActors> {
  return { anonymous: undefined, ...(await createAccounts(payload, accounts)) } as TActors
}

/** The actors of seedActors and two contributors. */
export async function seedNewsroomActors(payload: Payload): Promise<TNewsroomActors> {
  const actors = await seedActors(payload)
  return { ...actors, ...(await createAccounts(payload, contributorAccounts)) } as TNewsroomActors
}
