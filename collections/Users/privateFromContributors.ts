import type { Field, FieldAccess } from 'payload'

import { accountFieldOfOwnerUnlessContributor } from '@/collections/access'

/** What a contributor sees of a co-author's account: the name the byline and the admin show. */
export const FIELDS_SHARED_WITH_CONTRIBUTORS: readonly string[] = ['displayName']

function bothAllow(first: FieldAccess, second: FieldAccess): FieldAccess {
  return async (args) => Boolean(await first(args)) && Boolean(await second(args))
}

/**
 * Every field of an account except the shared ones, readable by a contributor on their own account
 * only (collections/access.ts). Applied to the whole list, through layout fields, so that a field
 * added later is private by default instead of readable by every contributor.
 */
export function privateFromContributors(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') throw new Error('privateFromContributors: tabs are not handled')
    if (!('name' in field)) return { ...field, fields: privateFromContributors(field.fields) }
    if (field.type === 'ui' || FIELDS_SHARED_WITH_CONTRIBUTORS.includes(field.name)) return field
    const ownRead = field.access?.read
    const read = ownRead
      ? bothAllow(ownRead, accountFieldOfOwnerUnlessContributor)
      : accountFieldOfOwnerUnlessContributor
    return { ...field, access: { ...field.access, read } } as Field
  })
}
