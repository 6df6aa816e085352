import type { CollectionBeforeValidateHook } from 'payload'

/**
 * On create, a missing owner means "me". Access control has already refused a body naming someone
 * else; server code running without a user (seeds) must name the owner itself.
 */
export function assignOwnerToCurrentUser(field: string): CollectionBeforeValidateHook {
  return ({ data, operation, req }) => {
    if (operation !== 'create' || !req.user || !data) return data
    if (data[field] === undefined || data[field] === null) return { ...data, [field]: req.user.id }
    return data
  }
}
