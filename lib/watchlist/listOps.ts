/**
 * Pure edits of an ordered watchlist. They never mutate their input and answer the same list
 * (same reference) when an edit is impossible, so callers can tell "nothing happened" cheaply.
 */

export type TMoveDirection = 'up' | 'down'

/** Moves the item at `index` one place up or down; at either end nothing moves. */
export function moveItem<T>(list: readonly T[], index: number, direction: TMoveDirection): T[] {
  const target = direction === 'up' ? index - 1 : index + 1
  if (!Number.isInteger(index) || index < 0 || index >= list.length) return list as T[]
  if (target < 0 || target >= list.length) return list as T[]
  const next = [...list]
  next[index] = list[target] as T
  next[target] = list[index] as T
  return next
}

/** The list without the item whose key is `key`. */
export function removeByKey<T>(list: readonly T[], key: string, keyOf: (item: T) => string): T[] {
  const index = list.findIndex((item) => keyOf(item) === key)
  if (index === -1) return list as T[]
  return [...list.slice(0, index), ...list.slice(index + 1)]
}

/** The list with `item` appended, unless an item with its key is there or the list is full. */
export function appendUnique<T>(
  list: readonly T[],
  item: T,
  keyOf: (item: T) => string,
  maxItems: number,
): T[] {
  if (list.length >= maxItems) return list as T[]
  const key = keyOf(item)
  if (list.some((existing) => keyOf(existing) === key)) return list as T[]
  return [...list, item]
}
