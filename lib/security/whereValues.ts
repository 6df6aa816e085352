/**
 * Values in a `where` that the database adapter cannot bind or compare, which Payload passes on
 * and the adapter answers with a 500: a list, an object or Infinity where one value belongs
 * (`where[title][like][0]=a`, `where[id][equals]=1e309`), text that is no date for a date field,
 * an operator the database does not have (`all` on SQLite, `near` on a field that is no point).
 * Payload itself refuses unknown fields and operators (a 400), so only the values are judged here.
 */
import type { FlattenedField } from 'payload'

import { documentId } from '@/lib/db/documentId'
import type { TDatabaseKind } from '@/lib/db/kind'

const ONE_VALUE = new Set([
  'equals',
  'not_equals',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const TEXT = new Set(['like', 'not_like', 'contains'])
const LIST = new Set(['in', 'not_in', 'all'])
const GEOMETRY = new Set(['near', 'within', 'intersects'])

/** SQLite refuses LIKE patterns past 50,000 bytes (a 500); no search needs a thousandth of that. */
export const MAX_PATTERN_CHARACTERS = 1000

export type TWhereContext = { fields: readonly FlattenedField[]; database: TDatabaseKind }

type TKind = 'id' | 'number' | 'date' | 'point' | 'other'

const isScalar = (value: unknown) =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value))

/** The kind of value a path compares against, from the collection's fields ('other' if unknown). */
function kindOf(path: string, fields: readonly FlattenedField[]): TKind {
  const [name, ...rest] = path.split('.')
  if (name === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return 'other'
  if (rest.length > 0) {
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      return kindOf(rest.join('.'), field.flattenedFields)
    }
    return 'other'
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    // Polymorphic relations are queried as `field.value` and `field.relationTo`.
    return typeof field.relationTo === 'string' ? 'id' : 'other'
  }
  if (field.type === 'number' || field.type === 'date' || field.type === 'point') return field.type
  return 'other'
}

/** Why one value cannot be compared with a field of this kind, or null. */
function valueProblem(value: unknown, kind: TKind, database: TDatabaseKind): string | null {
  if (!isScalar(value)) return 'is not a single value'
  if (value === null || typeof value === 'boolean') return null
  if (kind === 'id' && documentId(value as string | number, database) === null)
    return 'is no document id'
  if (kind === 'number' && !Number.isFinite(Number(value))) return 'is not a finite number'
  if (kind === 'date' && typeof value === 'string' && Number.isNaN(Date.parse(value)))
    return 'is not a date'
  return null
}

function conditionProblem(
  operator: string,
  value: unknown,
  kind: TKind,
  database: TDatabaseKind,
): string | null {
  if (GEOMETRY.has(operator)) return kind === 'point' ? null : 'applies to points only'
  if (operator === 'all' && database === 'sqlite') return 'is not supported by this database'
  if (TEXT.has(operator)) {
    if (typeof value !== 'string') return 'must be text'
    return value.length > MAX_PATTERN_CHARACTERS
      ? `is longer than ${MAX_PATTERN_CHARACTERS} characters`
      : null
  }
  if (operator === 'exists') return isScalar(value) ? null : 'must be true or false'
  if (ONE_VALUE.has(operator)) return valueProblem(value, kind, database)
  if (LIST.has(operator)) {
    const items = typeof value === 'string' ? value.split(',') : value
    if (!Array.isArray(items)) return 'must be a list'
    for (const item of items) {
      const problem = valueProblem(item, kind, database)
      if (problem) return `has an item that ${problem}`
    }
  }
  return null
}

/**
 * The first value of `where` that the database cannot take, as "where[path][operator] …", or
 * null. Shapes Payload refuses itself (unknown paths and operators) are left to it.
 */
export function whereValueProblem(where: unknown, context: TWhereContext): string | null {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return null
  for (const [path, constraint] of Object.entries(where)) {
    if (path === 'and' || path === 'or') {
      if (!Array.isArray(constraint)) continue
      for (const inner of constraint) {
        const problem = whereValueProblem(inner, context)
        if (problem) return problem
      }
      continue
    }
    if (!constraint || typeof constraint !== 'object' || Array.isArray(constraint)) continue
    const kind = kindOf(path, context.fields)
    for (const [operator, value] of Object.entries(constraint)) {
      const problem = conditionProblem(operator, value, kind, context.database)
      if (problem) return `where[${path}][${operator}] ${problem}`
    }
  }
  return null
}
