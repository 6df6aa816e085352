import type { CollectionConfig } from 'payload'

import { createForSelf, nobodyField, ownRowsOnly, ownRowsOrAdminRead } from './access'
import { watchlistEndpoints } from '@/endpoints/watchlists'
import { assignOwnerToCurrentUser } from './hooks/assignOwnerToCurrentUser'

export const MAX_WATCHLIST_ITEMS = 200

function findDuplicate(ids: unknown[]): unknown {
  const seen = new Set<string>()
  for (const item of ids) {
    const key = String(item && typeof item === 'object' && 'id' in item ? item.id : item)
    if (seen.has(key)) return item
    seen.add(key)
  }
  return undefined
}

/** 我的自选: one ordered list of coins per user. */
export const Watchlists: CollectionConfig = {
  slug: 'watchlists',
  labels: { singular: { zh: '自选', en: 'Watchlist' }, plural: { zh: '自选', en: 'Watchlists' } },
  admin: { useAsTitle: 'id', defaultColumns: ['owner', 'items', 'updatedAt'] },
  access: {
    create: createForSelf('owner'),
    // Admins may look at a list for support but never change it.
    read: ownRowsOrAdminRead('owner'),
    update: ownRowsOnly('owner'),
    delete: ownRowsOnly('owner'),
  },
  hooks: { beforeValidate: [assignOwnerToCurrentUser('owner')] },
  // /panel and /mine for the portal; they read and write through the access rules above.
  endpoints: watchlistEndpoints,
  fields: [
    {
      name: 'owner',
      label: { zh: '用户', en: 'Owner' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      index: true,
      // A list never changes hands.
      access: { update: nobodyField },
    },
    {
      name: 'items',
      label: { zh: '币种(按顺序)', en: 'Coins (in order)' },
      type: 'relationship',
      relationTo: 'coins',
      hasMany: true,
      maxRows: MAX_WATCHLIST_ITEMS,
      validate: (value: unknown) => {
        if (!Array.isArray(value)) return true
        if (value.length > MAX_WATCHLIST_ITEMS) {
          return `最多 ${MAX_WATCHLIST_ITEMS} 个币种 / at most ${MAX_WATCHLIST_ITEMS} coins`
        }
        return findDuplicate(value) === undefined ? true : '币种重复 / a coin appears twice'
      },
    },
  ],
}
