import type { PayloadRequest } from 'payload'

import type { Watchlist } from '@/payload-types'

type TSignedInRequest = PayloadRequest & { user: NonNullable<PayloadRequest['user']> }

export const isSignedIn = (req: PayloadRequest): req is TSignedInRequest => Boolean(req.user)

const idOf = (value: unknown): number | string =>
  (value && typeof value === 'object' && 'id' in value ? value.id : value) as number | string

/**
 * The signed-in user's own list, read under the collection's access rules. The owner filter is
 * needed as well: an admin may read every list, but "mine" is only their own.
 */
export async function findOwnWatchlist(req: TSignedInRequest): Promise<Watchlist | undefined> {
  const found = await req.payload.find({
    collection: 'watchlists',
    where: { owner: { equals: req.user.id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs[0]
}

/** The coin ids of a list in their saved order. */
export function itemIdsOf(list: Pick<Watchlist, 'items'> | undefined): (number | string)[] {
  return (list?.items ?? []).map(idOf)
}
