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

/** One account per actor of the access matrix, created as the system. */
export async function seedActors(payload: Payload): Promise<TActors> {
  const actors: Partial<TActors> = { anonymous: undefined }
  for (const { key, ...data } of accounts) {
    const user = await payload.create({
      collection: 'users',
      data: { ...data, roles: [...data.roles], password: TEST_PASSWORD },
      overrideAccess: true,
    })
    // Local API calls need the collection slug on the user, as Payload's auth puts it there.
    actors[key] = { ...user, collection: 'users' } as User
  }
  return actors as TActors
}
