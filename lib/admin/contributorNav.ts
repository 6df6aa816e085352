import type { CollectionConfig } from 'payload'

import { isContributor } from '@/collections/access'

/** What a contributor works with in the admin; every other collection is out of their sight. */
const CONTRIBUTOR_COLLECTIONS = new Set(['articles', 'media'])

type THidden = NonNullable<CollectionConfig['admin']>['hidden']

/**
 * Hides a collection from contributors in the admin (nav, dashboard, its views), keeping the
 * collection's own rule for everyone else. Tags and coins stay selectable in an article's fields;
 * their own account is under 账户. What they may read or write is the access rules' business.
 */
export function hiddenFromContributors(collection: CollectionConfig): CollectionConfig {
  if (CONTRIBUTOR_COLLECTIONS.has(collection.slug)) return collection
  const own: THidden = collection.admin?.hidden
  const hidden: THidden = ({ user }) =>
    isContributor(user) || (typeof own === 'function' ? own({ user }) : Boolean(own))
  return { ...collection, admin: { ...collection.admin, hidden } }
}
