import type { CollectionConfig } from 'payload'

import { createForSelf, nobody, ownRowsOnly, ownRowsOrAdminRead } from './access'
import { bookmarkEndpoints } from '@/endpoints/bookmarks'
import { assignOwnerToCurrentUser } from './hooks/assignOwnerToCurrentUser'
import { refuseDuplicateOrHiddenBookmark } from './hooks/refuseDuplicateOrHiddenBookmark'

/** 收藏: a user's saved articles. */
export const Bookmarks: CollectionConfig = {
  slug: 'bookmarks',
  labels: { singular: { zh: '收藏', en: 'Bookmark' }, plural: { zh: '收藏', en: 'Bookmarks' } },
  admin: { useAsTitle: 'id', defaultColumns: ['user', 'article', 'createdAt'] },
  defaultSort: '-createdAt',
  access: {
    create: createForSelf('user'),
    read: ownRowsOrAdminRead('user'),
    // A bookmark is there or not; changing one would let it point at another user.
    update: nobody,
    delete: ownRowsOnly('user'),
  },
  indexes: [{ fields: ['user', 'article'], unique: true }],
  // Matched before Payload's own `/:id` routes, so `status` is never read as a bookmark ID.
  endpoints: bookmarkEndpoints,
  hooks: {
    beforeValidate: [assignOwnerToCurrentUser('user')],
    beforeChange: [refuseDuplicateOrHiddenBookmark],
  },
  fields: [
    {
      name: 'user',
      label: { zh: '用户', en: 'User' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
    },
    {
      name: 'article',
      label: { zh: '文章', en: 'Article' },
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
    },
  ],
}
