/**
 * Whether an error means the database cannot be reached at the moment (locked for longer than the
 * busy timeout, the file unreadable or gone, the MongoDB server down), as opposed to a bad query or
 * a bug. Those answer 503 and recover by themselves when the database is back; the rest stay 500.
 * Drivers wrap their errors (Payload rethrows "cannot begin transaction: SQLITE_BUSY…" as a plain
 * Error), so the whole `cause` chain is looked at, by code, name and message.
 */

/** What a client is told while the database is unavailable (with a 503). */
export const DATABASE_UNAVAILABLE_MESSAGE =
  '数据库暂时不可用，请稍后再试 / the database is unavailable, please try again shortly'

const SQLITE_UNAVAILABLE = /\bSQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|PERM|READONLY|NOTADB|CORRUPT)/
const SQLITE_MESSAGES = /database is locked|unable to open database file|disk I\/O error/i
const MONGO_UNAVAILABLE_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
])
const CONNECTION_MESSAGES =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Server selection timed out|database unreachable/

/** A short reason when `error` is the database being unavailable, else null. */
export function databaseUnavailableReason(error: unknown): string | null {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current)
    const code = (current as { code?: unknown }).code
    const text = `${typeof code === 'string' ? code : ''} ${current.message}`
    if (SQLITE_UNAVAILABLE.test(text) || SQLITE_MESSAGES.test(text)) return sqliteReason(text)
    if (MONGO_UNAVAILABLE_NAMES.has(current.name) || CONNECTION_MESSAGES.test(current.message)) {
      return 'database unreachable'
    }
    // GraphQL wraps the error of a resolver in `originalError`.
    current = current.cause ?? (current as { originalError?: unknown }).originalError
  }
  return null
}

function sqliteReason(text: string): string {
  if (/BUSY|LOCKED|locked/.test(text)) return 'database locked'
  if (/CANTOPEN|PERM|READONLY|unable to open/.test(text)) return 'database file unreadable'
  return 'database file damaged or unreadable'
}
