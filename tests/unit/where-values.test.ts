import type { FlattenedField } from 'payload'

import { whereValueProblem, type TWhereContext } from '@/lib/security/whereValues'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'views', type: 'number' },
  { name: 'publishedAt', type: 'date' },
  { name: 'author', type: 'relationship', relationTo: 'users' },
  { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true },
  { name: 'owner', type: 'relationship', relationTo: ['users', 'tags'] },
] as unknown as FlattenedField[]

const sqlite: TWhereContext = { fields, database: 'sqlite' }
const mongodb: TWhereContext = { fields, database: 'mongodb' }

describe('values the database cannot take in a where', () => {
  test.each([
    [{ title: { like: ['a'] } }, 'where[title][like] must be text'],
    [{ title: { contains: { a: 'b' } } }, 'where[title][contains] must be text'],
    [{ title: { equals: ['a'] } }, 'where[title][equals] is not a single value'],
    [{ title: { greater_than: { x: '1' } } }, 'where[title][greater_than] is not a single value'],
    [{ _status: { equals: { $gt: '' } } }, 'where[_status][equals] is not a single value'],
    [{ id: { equals: '1e309' } }, 'where[id][equals] is no document id'],
    [{ id: { in: [['1']] } }, 'where[id][in] has an item that is not a single value'],
    [{ tags: { in: '1,1e309' } }, 'where[tags][in] has an item that is no document id'],
    [{ id: { in: '' } }, 'where[id][in] has an item that is no document id'],
    [{ author: { equals: 'abc' } }, 'where[author][equals] is no document id'],
    [{ views: { less_than: '1e309' } }, 'where[views][less_than] is not a finite number'],
    [{ publishedAt: { greater_than: 'abc' } }, 'where[publishedAt][greater_than] is not a date'],
    [{ title: { near: '1,2' } }, 'where[title][near] applies to points only'],
    [{ title: { all: ['a'] } }, 'where[title][all] is not supported by this database'],
    [{ title: { in: { a: 1 } } }, 'where[title][in] must be a list'],
    [
      { or: [{ title: { equals: 'x' } }, { and: [{ title: { like: 5 } }] }] },
      'where[title][like] must be text',
    ],
  ])('%j: %s', (where, message) => {
    expect(whereValueProblem(where, sqlite)).toBe(message)
  })

  test.each([
    undefined,
    {},
    { title: { like: 'bit' }, views: { greater_than: '3' } },
    { id: { in: '1,2,3' } },
    { tags: { in: ['4', 5] } },
    { publishedAt: { less_than_equal: '2026-01-01T00:00:00.000Z' } },
    { title: { exists: 'true' }, author: { equals: null } },
    { 'owner.value': { equals: 'anything' } },
    // Unknown operators and shapes are Payload's to refuse.
    { title: { nonsense: [1] } },
    { or: 'x' },
  ])('%j is left alone', (where) => {
    expect(whereValueProblem(where, sqlite)).toBeNull()
  })

  test('ids and operators follow the database', () => {
    expect(whereValueProblem({ id: { equals: '65f0c0ffee0123456789abcd' } }, mongodb)).toBeNull()
    expect(whereValueProblem({ id: { equals: '12' } }, mongodb)).toBe(
      'where[id][equals] is no document id',
    )
    expect(whereValueProblem({ title: { all: ['a'] } }, mongodb)).toBeNull()
  })
})
