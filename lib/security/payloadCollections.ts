import type { Access, Endpoint, PayloadHandler, SanitizedCollectionConfig, Where } from 'payload'

import {
  isContributor,
  isNewsroom,
  isStaff,
  newsroomOnly,
  nobody,
  staffOnly,
  userOf,
} from '@/collections/access'

/**
 * Payload adds its own collections while it sanitizes the config, after plugins have run, with
 * rules meant for an admin where everyone signed in is staff: any signed-in user may create and
 * list document locks and store preferences. Our readers sign in too, so these rules replace them.
 */

/** The signed-in user's own rows, for those who may open the admin (Payload's rule, narrowed). */
const ownPreferences: Access = ({ req }) => {
  const user = userOf(req)
  if (!req.user || !isNewsroom(user)) return false
  const own: Where[] = [
    { 'user.value': { equals: req.user.id } },
    { 'user.relationTo': { equals: req.user.collection } },
  ]
  return { and: own }
}

/**
 * Staff see and clear every lock; a contributor only their own (the admin keeps and releases the
 * lock of the article they are editing), so they learn nothing of who edits what.
 */
const locksOfStaffOrOwn: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  if (!req.user || !isContributor(user)) return false
  const own: Where[] = [
    { 'user.value': { equals: req.user.id } },
    { 'user.relationTo': { equals: req.user.collection } },
  ]
  return { and: own }
}

type TCrudAccess = Pick<
  SanitizedCollectionConfig['access'],
  'create' | 'read' | 'update' | 'delete' | 'unlock'
>

const ACCESS: Record<string, TCrudAccess> = {
  // Who edits what is the newsroom's business; a reader's lock would block an editor's save (423).
  // The admin creates a lock through the adapter, so contributors need no create rule.
  'payload-locked-documents': {
    create: staffOnly,
    read: locksOfStaffOrOwn,
    update: locksOfStaffOrOwn,
    delete: locksOfStaffOrOwn,
    unlock: nobody,
  },
  // Only the admin panel keeps preferences, and only staff and contributors may enter it.
  'payload-preferences': {
    create: newsroomOnly,
    read: ownPreferences,
    update: ownPreferences,
    delete: ownPreferences,
    unlock: nobody,
  },
  // Written by migrations with overrideAccess; nobody reads them through an API.
  'payload-migrations': {
    create: nobody,
    read: nobody,
    update: nobody,
    delete: nobody,
    unlock: nobody,
  },
}

/**
 * The preferences' `/:key` endpoints read and write the signed-in user's rows straight through the
 * adapter, past the collection's access: they get the same check in front.
 */
function newsroomOnlyEndpoint(endpoint: Endpoint): Endpoint {
  const handler: PayloadHandler = (req) =>
    isNewsroom(userOf(req))
      ? endpoint.handler(req)
      : Response.json(
          { errors: [{ message: req.t('error:notAllowedToPerformAction') }] },
          { status: 403 },
        )
  return { ...endpoint, handler }
}

/** Puts our rules on Payload's own collections (the others are left as they are). */
export function restrictPayloadCollection(collection: SanitizedCollectionConfig): void {
  const access = ACCESS[collection.slug]
  if (access) collection.access = { ...collection.access, ...access }
  if (collection.slug === 'payload-preferences' && Array.isArray(collection.endpoints))
    collection.endpoints = collection.endpoints.map((endpoint) =>
      endpoint.path === '/:key' ? newsroomOnlyEndpoint(endpoint) : endpoint,
    )
}
