import type { Payload } from 'payload'

import { databaseKind, type TDatabaseKind } from './kind'

export type TDocumentId = number | string

// Integers of up to 15 digits are exact as JavaScript numbers.
const SQLITE_ID = /^\d{1,15}$/
const OBJECT_ID = /^[a-f0-9]{24}$/i

/**
 * An id as the database stores and queries it, or null when no document there can have it:
 * SQLite ids are integers (a number), MongoDB ids are ObjectIds (24 hex digits, a string). Without
 * a database (in the browser) either rule: a run of up to 15 digits cannot be an ObjectId.
 * Safe in client code: it imports no adapter.
 */
export function documentId(
  id: TDocumentId,
  database?: Pick<Payload, 'db'> | TDatabaseKind,
): TDocumentId | null {
  const text = String(id)
  const kind = typeof database === 'object' ? databaseKind(database) : database
  if (kind !== 'mongodb' && SQLITE_ID.test(text)) return Number(text)
  if (kind !== 'sqlite' && OBJECT_ID.test(text)) return text
  return null
}

/** The ids that a document of the database can have, as documentId gives them; the rest left out. */
export function documentIds(
  ids: TDocumentId[],
  database?: Pick<Payload, 'db'> | TDatabaseKind,
): TDocumentId[] {
  return ids.flatMap((id) => documentId(id, database) ?? [])
}

/**
 * The id a relationship value names: the value itself (depth 0) or the populated document's id;
 * null for anything that names no document.
 */
export function idOfRelation(value: unknown): TDocumentId | null {
  const id = value && typeof value === 'object' && 'id' in value ? value.id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : null
}

/** Whether two ids, or documents with ids, name the same document (a number and its string do). */
export function sameId(a: unknown, b: unknown): boolean {
  const left = idOfRelation(a)
  const right = idOfRelation(b)
  return left !== undefined && left !== null && String(left) === String(right)
}
