import { databaseUnavailableReason } from '@/lib/db/unavailable'
import { isRefusalErrorLine } from '@/lib/logging/logger'
import { statusOf } from '@/lib/logging/requestErrors'

const withStatus = (status: number) => Object.assign(new Error('refused'), { status })
// GraphQL hands the hook a GraphQLError whose resolver's error is `originalError`.
const graphQLError = (original: Error) =>
  Object.assign(new Error(original.message), { originalError: original })

test('a refusal is known by its status, also inside a GraphQL error; anything else is a 500', () => {
  expect(statusOf(withStatus(403))).toBe(403)
  expect(statusOf(graphQLError(withStatus(401)))).toBe(401)
  expect(statusOf(new TypeError('boom'))).toBe(500)
  expect(statusOf(withStatus(200))).toBe(500)
})

test('error lines of refusals are recognised (and dropped), real failures are not', () => {
  expect(isRefusalErrorLine([{ err: withStatus(404) }])).toBe(true)
  expect(isRefusalErrorLine([{ err: graphQLError(withStatus(403)) }])).toBe(true)
  expect(isRefusalErrorLine([{ err: new Error('disk full') }])).toBe(false)
  expect(isRefusalErrorLine(['a message'])).toBe(false)
})

test('an unavailable database is recognised through wrappers, a bad query is not', () => {
  const busy = Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })
  const wrapped = new Error('Failed query: insert into "users" …', { cause: busy })
  expect(databaseUnavailableReason(wrapped)).toBe('database locked')
  expect(databaseUnavailableReason(graphQLError(wrapped))).toBe('database locked')
  expect(databaseUnavailableReason(new Error('unable to open database file'))).toBe(
    'database file unreadable',
  )
  const mongo = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), {
    name: 'MongoServerSelectionError',
  })
  expect(databaseUnavailableReason(mongo)).toBe('database unreachable')
  expect(databaseUnavailableReason(new Error('no such column: foo'))).toBeNull()
})
