import type { Payload } from 'payload'

/** Whether a token can be a document id of this database (numbers on SQLite, ObjectIds on MongoDB). */
export function looksLikeDocumentId(payload: Payload, token: string): boolean {
  return payload.db.defaultIDType === 'number'
    ? /^\d{1,15}$/.test(token)
    : /^[a-f0-9]{24}$/.test(token)
}
