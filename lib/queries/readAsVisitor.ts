import {
  createLocalReq,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import type { TLocale } from '@/lib/i18n/locales'

type TVisitorFind = {
  where: Where
  sort?: string[]
  limit: number
  page?: number
  pagination?: boolean
  select: Record<string, true>
  /**
   * The locale `where` and `sort` test localized fields in (English: its own title). The
   * documents come back with every locale's values either way (editions.ts picks).
   */
  locale?: TLocale
  /** A visitor's request to ask the rule with; several reads of one render can share one. */
  visitor?: PayloadRequest
}

/** An anonymous request, as the read rules see a visitor. */
export const visitorRequest = (payload: Payload) => createLocalReq({}, payload)

/**
 * The documents of `collection` that an anonymous visitor may read, straight from the database
 * adapter (`payload.db.find`, the same call on MongoDB and SQLite): the collection's own read rule
 * (collections/access.ts) is asked for a visitor and added to the query, as `payload.find` with
 * `overrideAccess: false` would. What it skips is Payload's per-field afterRead pass, a chain of
 * promises for every field of every document that, under Next's async context tracking, cost
 * more than the query. So only for collections without afterRead hooks and fields without
 * field-level read rules or afterRead hooks: tests/int/queries.int.spec.ts checks the card fields
 * (lib/queries/cards.ts) and fails when one gains either.
 */
export async function findAsVisitor(
  payload: Payload,
  collection: CollectionSlug,
  { where, sort, limit, page, pagination = true, select, locale, visitor }: TVisitorFind,
) {
  // Payload fills in a rule for every collection; none here would mean nobody may read.
  const rule = payload.collections[collection].config.access.read
  const allowed = rule ? await rule({ req: visitor ?? (await visitorRequest(payload)) }) : false
  if (allowed === false) return { docs: [], totalPages: 0 }
  return payload.db.find<Record<string, unknown> & { id: number | string }>({
    collection,
    where: allowed === true ? where : { and: [where, allowed] },
    sort,
    limit,
    page,
    pagination,
    select,
    locale,
  })
}
