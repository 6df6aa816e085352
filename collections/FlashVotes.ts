import type { CollectionConfig } from 'payload'

import { nobody, ownRowsOrAdminRead } from './access'

/**
 * 利好 / 利空: one row per reader and flash. Written only by POST /api/flashes/:id/vote
 * (endpoints/flashes/vote.ts), which checks that the reader may see the flash and keeps the
 * flash's counts in step; written anywhere else, the counts would drift.
 */
export const FlashVotes: CollectionConfig = {
  slug: 'flash-votes',
  labels: {
    singular: { zh: '快讯投票', en: 'Flash vote' },
    plural: { zh: '快讯投票', en: 'Flash votes' },
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['flash', 'user', 'vote', 'updatedAt'],
    group: { zh: '快讯', en: 'Flashes' },
  },
  defaultSort: '-updatedAt',
  access: {
    read: ownRowsOrAdminRead('user'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['flash', 'user'], unique: true }],
  fields: [
    {
      name: 'flash',
      label: { zh: '快讯', en: 'Flash' },
      type: 'relationship',
      relationTo: 'flashes',
      required: true,
      index: true,
    },
    {
      name: 'user',
      label: { zh: '用户', en: 'User' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
    },
    {
      name: 'vote',
      label: { zh: '投票', en: 'Vote' },
      type: 'select',
      required: true,
      options: [
        { value: 'bullish', label: { zh: '利好', en: 'Bullish' } },
        { value: 'bearish', label: { zh: '利空', en: 'Bearish' } },
      ],
    },
  ],
}
