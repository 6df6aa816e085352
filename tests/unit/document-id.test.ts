import { documentId, documentIds, sameId } from '@/lib/db/documentId'

const sqlite = { db: { name: 'sqlite' } } as Parameters<typeof documentId>[1]
const mongo = { db: { name: 'mongoose' } } as Parameters<typeof documentId>[1]
const objectId = '65a1f0c2e4b0a1b2c3d4e5f6'

describe('documentId: one rule per database', () => {
  test('SQLite: integers of up to 15 digits, as numbers', () => {
    expect(documentId('12', sqlite)).toBe(12)
    expect(documentId(12, 'sqlite')).toBe(12)
    expect(documentId('9'.repeat(15), sqlite)).toBe(999_999_999_999_999)
    for (const id of ['9'.repeat(16), 'abc', '1.5', '-1', '', objectId]) {
      expect(documentId(id, sqlite)).toBeNull()
    }
  })

  test('MongoDB: ObjectIds (24 hex digits), as strings', () => {
    expect(documentId(objectId, mongo)).toBe(objectId)
    expect(documentId(objectId.toUpperCase(), 'mongodb')).toBe(objectId.toUpperCase())
    for (const id of ['12', 12, 'abc', `${objectId}0`, objectId.replace('a', 'g')]) {
      expect(documentId(id, mongo)).toBeNull()
    }
  })

  test('without a database (the browser): either rule', () => {
    expect(documentId('12')).toBe(12)
    expect(documentId(objectId)).toBe(objectId)
    expect(documentId('abc')).toBeNull()
  })

  test('documentIds keeps the ids a document can have', () => {
    expect(documentIds(['3', 'abc', 4], 'sqlite')).toEqual([3, 4])
  })
})

describe('sameId', () => {
  test('a number and its string, or a document and its id, are the same', () => {
    expect(sameId(12, '12')).toBe(true)
    expect(sameId({ id: 12 }, '12')).toBe(true)
    expect(sameId(12, 13)).toBe(false)
    expect(sameId(null, 'null')).toBe(false)
    expect(sameId(undefined, undefined)).toBe(false)
  })
})
