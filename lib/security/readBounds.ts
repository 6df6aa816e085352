/**
 * How much one REST or GraphQL request may read. Payload 3 has no maximum page size of its own:
 * `limit=0` means "everything", and a number too big for the database (`1e309` is Infinity) fails
 * deep in the adapter with a 500. These rules turn every such value into a bounded one, or into a
 * 400 that says why, before Payload sees it.
 */

/** Rows in one answer, for everyone: the admin's largest page size is also 100. */
export const MAX_PAGE_SIZE = 100

/** Relationship levels populated for visitors and readers; the portal itself never needs more. */
export const VISITOR_MAX_DEPTH = 2

/** Beyond this page the answer is empty anyway; the cap keeps the offset an exact integer. */
export const MAX_PAGE = 1_000_000_000

export class ReadBoundError extends Error {}

type TBoundsOptions = {
  /** Payload's `maxDepth` for staff, VISITOR_MAX_DEPTH for everyone else. */
  maxDepth: number
}

export type TReadArgs = { limit?: unknown; depth?: unknown; page?: unknown; pagination?: unknown }

/**
 * A number from the query string or GraphQL (Payload has already turned numeric text into numbers);
 * undefined when the parameter is absent or empty. Text that is no number is refused: silently
 * reading it as a default would hide a client's bug.
 */
function numberOf(name: string, value: unknown, range: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const number = typeof value === 'number' ? value : Number.NaN
  if (Number.isNaN(number)) throw new ReadBoundError(`${name} must be a whole number ${range}`)
  return number
}

/** `limit`: 0 ("all"), negative or over the cap reads the cap; absent keeps Payload's default. */
export function boundedLimit(value: unknown): number | undefined {
  const limit = numberOf('limit', value, `from 1 to ${MAX_PAGE_SIZE}`)
  if (limit === undefined) return undefined
  if (limit < 1 || limit > MAX_PAGE_SIZE) return MAX_PAGE_SIZE
  return Math.floor(limit)
}

/** `depth`: clamped into 0…maxDepth. */
export function boundedDepth(value: unknown, { maxDepth }: TBoundsOptions): number | undefined {
  const depth = numberOf('depth', value, `from 0 to ${maxDepth}`)
  if (depth === undefined) return undefined
  return Math.min(Math.max(Math.floor(depth), 0), maxDepth)
}

/** `page`: at least 1; a page past the last one is an ordinary empty answer. */
export function boundedPage(value: unknown): number | undefined {
  const page = numberOf('page', value, 'from 1')
  if (page === undefined) return undefined
  return Math.min(Math.max(Math.floor(page), 1), MAX_PAGE)
}

/**
 * The arguments of one read with every bound applied. `pagination: false` would drop the limit
 * altogether, so requests from outside always paginate.
 */
export function boundReadArgs<T extends TReadArgs>(args: T, options: TBoundsOptions): T {
  const bounded: T = { ...args }
  if ('limit' in args) bounded.limit = boundedLimit(args.limit)
  if ('depth' in args) bounded.depth = boundedDepth(args.depth, options)
  if ('page' in args) bounded.page = boundedPage(args.page)
  if ('pagination' in args) bounded.pagination = true
  return bounded
}
